import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger as PinoLogger } from 'nestjs-pino';

import { WorkerModule } from './app/worker.module';

/** Runs the BullMQ processors in their own process; scale by starting more of them. */
async function bootstrap(): Promise<void> {
  // Buffered until the JSON logger is installed, so boot lines come out structured too.
  const app = await NestFactory.createApplicationContext(WorkerModule, { bufferLogs: true });
  app.useLogger(app.get(PinoLogger));
  // SIGTERM/SIGINT close the workers: active jobs finish, waiting ones stay in Redis.
  app.enableShutdownHooks();
  Logger.log(`Worker ${process.pid} ready`, 'Worker');
}

bootstrap().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
