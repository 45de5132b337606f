import { QUEUES } from '@lms/server/core';
import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';

import { NoticeMailProcessor } from './notice-mail.processor';
import { NoticeMailer } from './notice-mailer';

/** The worker side of the learners' notices: e-mail through SMTP, off unless SMTP_URL is set. */
@Module({
  imports: [BullModule.registerQueue({ name: QUEUES.notifications })],
  providers: [NoticeMailer, NoticeMailProcessor],
})
export class NoticeMailWorkerModule {}
