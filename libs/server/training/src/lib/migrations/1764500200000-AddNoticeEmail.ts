import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The notices table doubles as the e-mail outbox: each notice carries its delivery state, written
 * by the worker's sweep (see NoticeMailer).
 */
export class AddNoticeEmail1764500200000 implements MigrationInterface {
  name = 'AddNoticeEmail1764500200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE notifications
        ADD COLUMN email_status varchar(12) NOT NULL DEFAULT 'PENDING'
          CHECK (email_status IN ('PENDING', 'SENT', 'NO_ADDRESS', 'FAILED')),
        ADD COLUMN email_attempts int NOT NULL DEFAULT 0 CHECK (email_attempts >= 0),
        ADD COLUMN email_sent_at timestamptz,
        ADD COLUMN email_error text`);
    await q.query(
      `CREATE INDEX notifications_email_pending_idx ON notifications (created_at) WHERE email_status = 'PENDING'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX notifications_email_pending_idx`);
    await q.query(`
      ALTER TABLE notifications
        DROP COLUMN email_status, DROP COLUMN email_attempts, DROP COLUMN email_sent_at, DROP COLUMN email_error`);
  }
}
