import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createTransport, Transporter } from 'nodemailer';
import { DataSource } from 'typeorm';

import { NotificationKind } from '../../common/training-enums';
import { notificationMessage } from '../notification-messages';
import { loadNoticeMailConfig, NoticeMailConfig } from './notice-mail.config';

/** Sends at most this many notices per sweep, so one sweep never holds rows for long. */
export const NOTICE_MAIL_BATCH = 50;
/** A notice that failed this often is given up (its status says FAILED). */
export const NOTICE_MAIL_MAX_ATTEMPTS = 5;
/** Notices older than this are not mailed: turning SMTP on must not flood people with old news. */
export const NOTICE_MAIL_MAX_AGE_HOURS = 48;

interface PendingNotice {
  id: string;
  kind: NotificationKind;
  subject: string;
  email: string | null;
  full_name: string;
  email_attempts: number;
}

export interface SweepResult {
  sent: number;
  noAddress: number;
  failed: number;
}

/**
 * Mails the learners' notices. The notices table is the outbox: the write that produced a notice
 * committed it, and this sweep, run by a BullMQ job in the worker, sends what is pending. Rows are
 * claimed with SKIP LOCKED so several workers share the work; a worker killed after sending but
 * before committing sends that notice again (at least once, as e-mail allows).
 */
@Injectable()
export class NoticeMailer {
  private readonly logger = new Logger('NoticeMailer');
  readonly config: NoticeMailConfig | null;
  private readonly transport: Transporter | null;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    this.config = loadNoticeMailConfig();
    this.transport = this.config ? createTransport(this.config.smtpUrl) : null;
  }

  get enabled(): boolean {
    return this.transport !== null;
  }

  async sweep(limit = NOTICE_MAIL_BATCH): Promise<SweepResult> {
    const result: SweepResult = { sent: 0, noAddress: 0, failed: 0 };
    const transport = this.transport;
    const config = this.config;
    if (!transport || !config) return result;
    await this.dataSource.transaction(async (m) => {
      const pending: PendingNotice[] = await m.query(
        `SELECT n.id, n.kind, n.subject, e.email, e.full_name, n.email_attempts
           FROM notifications n JOIN employees e ON e.id = n.employee_id
          WHERE n.email_status = 'PENDING'
            AND n.created_at > now() - make_interval(hours => $2)
          ORDER BY n.created_at
          LIMIT $1
          FOR UPDATE OF n SKIP LOCKED`,
        [limit, NOTICE_MAIL_MAX_AGE_HOURS],
      );
      for (const notice of pending) {
        if (!notice.email) {
          await m.query(`UPDATE notifications SET email_status = 'NO_ADDRESS' WHERE id = $1`, [
            notice.id,
          ]);
          result.noAddress += 1;
          continue;
        }
        try {
          await transport.sendMail({
            from: config.from,
            to: { name: notice.full_name, address: notice.email },
            subject: `[LMS Bimtek] ${notice.subject}`,
            text: [
              notificationMessage(notice.kind, notice.subject, 'id'),
              '',
              notificationMessage(notice.kind, notice.subject, 'en'),
            ].join('\n'),
          });
          await m.query(
            `UPDATE notifications SET email_status = 'SENT', email_sent_at = now(), email_error = NULL WHERE id = $1`,
            [notice.id],
          );
          result.sent += 1;
        } catch (error) {
          const attempts = notice.email_attempts + 1;
          const message = error instanceof Error ? error.message.slice(0, 500) : 'unknown error';
          await m.query(
            `UPDATE notifications
                SET email_attempts = $2::int, email_error = $3,
                    email_status = CASE WHEN $2::int >= $4::int THEN 'FAILED' ELSE 'PENDING' END
              WHERE id = $1`,
            [notice.id, attempts, message, NOTICE_MAIL_MAX_ATTEMPTS],
          );
          result.failed += 1;
          this.logger.warn(`Notice ${notice.id}: mail attempt ${attempts} failed: ${message}`);
        }
      }
    });
    return result;
  }

  close(): void {
    this.transport?.close();
  }
}
