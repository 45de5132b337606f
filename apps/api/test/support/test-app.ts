import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { APP_CONFIG, AppConfig, runMigrations } from '@lms/server/core';
import { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { DataSource } from 'typeorm';

import { AppModule } from '../../src/app/app.module';
import { configureApp } from '../../src/app/configure-app';
import { DATABASE_PARTS } from '../../src/app/database-parts';
import { GraphqlClient } from './graphql-client';
import { createTestDatabase, TestDatabase } from './test-database';

export interface TestApp {
  app: INestApplication;
  url: string;
  config: AppConfig;
  dataSource: DataSource;
  gql: GraphqlClient;
  get<T>(token: abstract new (...args: never[]) => T): T;
  close(): Promise<void>;
}

/**
 * Boots the real API (same module, pipes and error mapping as production) on a fresh, migrated
 * database and a random port. Start it once per test file in `beforeAll`.
 */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const db: TestDatabase = await createTestDatabase();
  const dataDir = mkdtempSync(join(tmpdir(), 'lms-test-'));
  Object.assign(process.env, {
    NODE_ENV: 'test',
    DATABASE_URL: db.url,
    REDIS_URL: process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379',
    REDIS_PREFIX: `lms-test-${randomBytes(4).toString('hex')}`,
    DATA_DIR: dataDir,
    JWT_SECRET: randomBytes(32).toString('hex'),
    WEB_DIST_DIR: join(dataDir, 'no-web'),
    ...env,
  });
  await runMigrations(db.url, DATABASE_PARTS);
  const moduleRef = await Test.createTestingModule({ imports: [AppModule] }).compile();
  const app = moduleRef.createNestApplication({ logger: ['error', 'warn'] });
  const config = app.get<AppConfig>(APP_CONFIG);
  configureApp(app, config);
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  const url = `http://127.0.0.1:${address.port}`;
  return {
    app,
    url,
    config,
    dataSource: app.get(DataSource),
    gql: new GraphqlClient(`${url}/graphql`),
    get: (token) => app.get(token),
    async close() {
      await app.close();
      await db.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
