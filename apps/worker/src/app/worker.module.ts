import { CertificationWorkerModule } from '@lms/server/certification';
import {
  ConfigModule,
  DatabaseModule,
  LoggingModule,
  QueueInfraModule,
  RedisModule,
} from '@lms/server/core';
import { NoticeMailWorkerModule } from '@lms/server/training';
import { Module } from '@nestjs/common';

import { DATABASE_PARTS } from './database-parts';

/**
 * The worker process: the same configuration, database and Redis as the API, plus the BullMQ
 * processors of each domain area (registered here as the areas add them).
 */
@Module({
  imports: [
    ConfigModule,
    LoggingModule.forRoot('worker'),
    DatabaseModule.forRoot(DATABASE_PARTS),
    RedisModule,
    QueueInfraModule,
    CertificationWorkerModule,
    NoticeMailWorkerModule,
  ],
})
export class WorkerModule {}
