import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';

import { WorkerModule } from './app/worker.module';

/** Runs the BullMQ processors in their own process; scale by starting more of them. */
async function bootstrap(): Promise<void> {
  const app = await NestFactory.createApplicationContext(WorkerModule);
  // SIGTERM/SIGINT close the workers: active jobs finish, waiting ones stay in Redis.
  app.enableShutdownHooks();
  Logger.log(`Worker ${process.pid} ready`, 'Worker');
}

bootstrap().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
