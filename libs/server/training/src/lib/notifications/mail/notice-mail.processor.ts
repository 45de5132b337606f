import { QUEUES } from '@lms/server/core';
import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { Job, Queue, UnrecoverableError } from 'bullmq';

import { NoticeMailer } from './notice-mailer';

export const NOTICE_JOBS = { sweep: 'sweep' } as const;
/** How often pending notices are looked for while mail is on. */
export const NOTICE_SWEEP_EVERY_MS = 15_000;
const SCHEDULER_ID = 'notice-mail-sweep';

/**
 * The notifications queue: one repeatable `sweep` job (a BullMQ job scheduler, so several workers
 * keep a single schedule between them) that mails pending notices. With SMTP_URL unset the
 * schedule is removed and nothing is sent.
 */
@Processor(QUEUES.notifications, { concurrency: 1 })
export class NoticeMailProcessor
  extends WorkerHost
  implements OnApplicationBootstrap, OnModuleDestroy
{
  private readonly logger = new Logger('NoticeMail');

  constructor(
    private readonly mailer: NoticeMailer,
    @InjectQueue(QUEUES.notifications) private readonly queue: Queue,
  ) {
    super();
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.mailer.enabled) {
      await this.queue.removeJobScheduler(SCHEDULER_ID);
      this.logger.log('E-mail notices are off (SMTP_URL is unset); notices stay in the app');
      return;
    }
    await this.queue.upsertJobScheduler(
      SCHEDULER_ID,
      { every: NOTICE_SWEEP_EVERY_MS },
      { name: NOTICE_JOBS.sweep, opts: { removeOnComplete: 100, removeOnFail: 100 } },
    );
    this.logger.log(
      `E-mail notices are on: pending notices are mailed every ${NOTICE_SWEEP_EVERY_MS / 1000} s`,
    );
  }

  onModuleDestroy(): void {
    this.mailer.close();
  }

  async process(job: Job): Promise<unknown> {
    if (job.name !== NOTICE_JOBS.sweep) {
      throw new UnrecoverableError(`No handler for job name ${job.name}`);
    }
    return this.mailer.sweep();
  }
}
