import { AddressInfo } from 'node:net';

import { NoticeMailer } from '@lms/server/training';
import { SMTPServer } from 'smtp-server';

import { startTestApp, TestApp } from '../support/test-app';
import { TrainingFixtures } from '../support/training-fixtures';

interface Received {
  to: string[];
  body: string;
}

/** A real SMTP server on loopback that keeps what it receives, or refuses every recipient. */
async function startSmtp(
  refuse = false,
): Promise<{ url: string; received: Received[]; close(): Promise<void> }> {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      callback(refuse ? new Error('mailbox unavailable') : undefined);
      void address;
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          body: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('training: notices by e-mail', () => {
  let t: TestApp;
  let tf: TrainingFixtures;
  const statuses = async () =>
    (await t.dataSource.query(
      `SELECT n.kind, n.email_status, n.email_attempts, e.email
         FROM notifications n JOIN employees e ON e.id = n.employee_id ORDER BY n.kind`,
    )) as { kind: string; email_status: string; email_attempts: number; email: string | null }[];

  beforeAll(async () => {
    t = await startTestApp();
    tf = new TrainingFixtures(t);
    const w = await tf.world();
    const course = await tf.course(w.organizerA);
    const training = await tf.schedule(w.organizerA, course.id, { capacity: 1 });
    const withMail = TrainingFixtures.nip();
    const withoutMail = TrainingFixtures.nip();
    await tf.f.employees([
      {
        nip: withMail,
        name: 'Rina Kartika',
        agencyCode: w.agencyA.code,
        email: 'rina@banyuwangikab.go.id',
      },
      { nip: withoutMail, name: 'Joko Susilo', agencyCode: w.agencyA.code },
    ]);
    await tf.enroll(w.organizerA, training.id, [withMail, withoutMail]);
  });

  afterAll(async () => {
    delete process.env['SMTP_URL'];
    await t?.close();
  });

  it('is off by default: nothing is sent and the notices stay pending', async () => {
    delete process.env['SMTP_URL'];
    const mailer = new NoticeMailer(t.dataSource);
    expect(mailer.enabled).toBe(false);
    expect(await mailer.sweep()).toEqual({ sent: 0, noAddress: 0, failed: 0 });
    expect((await statuses()).map((s) => s.email_status)).toEqual(['PENDING', 'PENDING']);
  });

  it('counts a refused delivery as an attempt and keeps the notice for the next sweep', async () => {
    const smtp = await startSmtp(true);
    process.env['SMTP_URL'] = smtp.url;
    const mailer = new NoticeMailer(t.dataSource);
    try {
      expect(await mailer.sweep()).toEqual({ sent: 0, noAddress: 1, failed: 1 });
      const rows = await statuses();
      expect(rows.find((r) => r.email)).toMatchObject({
        email_status: 'PENDING',
        email_attempts: 1,
      });
      expect(rows.find((r) => !r.email)).toMatchObject({ email_status: 'NO_ADDRESS' });
    } finally {
      mailer.close();
      await smtp.close();
    }
  });

  it('mails each pending notice once, in Bahasa Indonesia and English, over real SMTP', async () => {
    const smtp = await startSmtp();
    process.env['SMTP_URL'] = smtp.url;
    const mailer = new NoticeMailer(t.dataSource);
    try {
      expect(await mailer.sweep()).toEqual({ sent: 1, noAddress: 0, failed: 0 });
      expect(await mailer.sweep()).toEqual({ sent: 0, noAddress: 0, failed: 0 });
      expect(smtp.received).toHaveLength(1);
      expect(smtp.received[0].to).toEqual(['rina@banyuwangikab.go.id']);
      expect(smtp.received[0].body).toContain('Anda terdaftar sebagai peserta');
      expect(smtp.received[0].body).toContain('You have a seat in');
      expect((await statuses()).find((r) => r.email)).toMatchObject({ email_status: 'SENT' });
    } finally {
      mailer.close();
      await smtp.close();
    }
  });

  it('names the variable when the SMTP settings are wrong', () => {
    process.env['SMTP_URL'] = 'http://mail.example';
    expect(() => new NoticeMailer(t.dataSource)).toThrow(/^SMTP_URL:/);
    delete process.env['SMTP_URL'];
  });
});
