import { CertificationWorkerModule } from '@lms/server/certification';
import { ConfigModule, DatabaseModule, QueueInfraModule, RedisModule } from '@lms/server/core';
import { Module } from '@nestjs/common';

import { DATABASE_PARTS } from './database-parts';

/**
 * The worker process: the same configuration, database and Redis as the API, plus the BullMQ
 * processors of each domain area (registered here as the areas add them).
 */
@Module({
  imports: [
    ConfigModule,
    DatabaseModule.forRoot(DATABASE_PARTS),
    RedisModule,
    QueueInfraModule,
    CertificationWorkerModule,
  ],
})
export class WorkerModule {}
