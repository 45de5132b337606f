import {
  APP_CONFIG,
  AppConfig,
  installGracefulShutdown,
  loadConfig,
  runMigrations,
} from '@lms/server/core';
import { DemoSeedService, parseGenerateArgs, PopulationGenerator } from '@lms/server/demo';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';

import { AppModule } from '../app/app.module';
import { configureApp } from '../app/configure-app';
import { DATABASE_PARTS } from '../app/database-parts';

async function serve(): Promise<void> {
  // Buffered until configureApp installs the JSON logger, so boot lines come out structured too.
  const app = await NestFactory.create<NestExpressApplication>(AppModule, { bufferLogs: true });
  const config = app.get<AppConfig>(APP_CONFIG);
  configureApp(app, config);
  installGracefulShutdown(app, { graceMs: config.shutdownGraceMs, logger: new Logger('Shutdown') });
  await app.listen(config.port, process.env['HOST'] ?? '0.0.0.0');
  Logger.log(`API listening on ${config.publicUrl} (GraphQL at /graphql)`, 'Bootstrap');
}

async function migrate(): Promise<void> {
  const config = loadConfig();
  const ran = await runMigrations(config.databaseUrl, DATABASE_PARTS);
  console.log(
    ran.length ? `Applied migrations: ${ran.join(', ')}` : 'Database schema is up to date',
  );
}

async function withContext(work: (app: NestExpressApplication) => Promise<void>): Promise<void> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule, {
    logger: ['error', 'warn'],
  });
  await app.init();
  try {
    await work(app);
  } finally {
    await app.close();
  }
}

export async function runCli(args: string[]): Promise<void> {
  const [command = 'serve'] = args;
  switch (command) {
    case 'serve':
      return serve();
    case 'migrate':
      return migrate();
    case 'seed-demo':
      return withContext(async (app) => {
        await app.get(DemoSeedService).seedIfEmpty();
      });
    case 'generate': {
      // Arguments are checked before the application boots, so a typo fails at once.
      const options = parseGenerateArgs(args.slice(1));
      return withContext(async (app) => {
        await app.get(PopulationGenerator).run(options);
      });
    }
    default:
      throw new Error(`Unknown command "${command}". Use serve, migrate, seed-demo or generate.`);
  }
}
