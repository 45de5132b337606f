import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import {
  APP_CONFIG,
  AppConfig,
  Public,
  QUEUES,
  runMigrations,
  shutDownGracefully,
} from '@lms/server/core';
import { Role } from '@lms/shared/domain';
import { Controller, Get, INestApplication, Logger } from '@nestjs/common';
import { Test } from '@nestjs/testing';

import { AppModule } from '../../src/app/app.module';
import { configureApp } from '../../src/app/configure-app';
import { DATABASE_PARTS } from '../../src/app/database-parts';
import { Fixtures } from '../support/fixtures';
import { startTestApp, TestApp } from '../support/test-app';
import { createTestDatabase } from '../support/test-database';

describe('operations: health, request ids, queue dashboard', () => {
  let t: TestApp;
  let admin: string;
  let organizer: string;

  beforeAll(async () => {
    t = await startTestApp();
    const f = new Fixtures(t);
    admin = await f.user('root', [Role.ADMIN]);
    const region = await f.region('35.10');
    organizer = await f.user('org', [Role.ORGANIZER], { regionId: region.id });
  });
  afterAll(() => t?.close());

  it('answers liveness without touching dependencies', async () => {
    const res = await fetch(`${t.url}/health/live`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('answers readiness with database, Redis and the depth of every queue', async () => {
    const res = await fetch(`${t.url}/health`);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ status: 'ok', database: 'ok', redis: 'ok' });
    expect(Object.keys(body.queues).sort()).toEqual(Object.values(QUEUES).sort());
    for (const depth of Object.values(body.queues)) {
      expect(depth).toEqual({ waiting: 0, active: 0, delayed: 0, failed: 0 });
    }
  });

  it('echoes the x-request-id a proxy sent, and makes one otherwise', async () => {
    const sent = await fetch(`${t.url}/health/live`, {
      headers: { 'x-request-id': 'nginx-abc-123' },
    });
    expect(sent.headers.get('x-request-id')).toBe('nginx-abc-123');
    const made = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(made.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  describe('queue dashboard at /admin/queues', () => {
    const open = (path: string, headers: Record<string, string> = {}) =>
      fetch(`${t.url}/admin/queues${path}`, { headers, redirect: 'manual' });

    it('refuses callers without an ADMIN token or session cookie', async () => {
      expect((await open('')).status).toBe(401);
      expect((await open('/api/queues')).status).toBe(401);
      expect((await open('', { authorization: `Bearer ${organizer}` })).status).toBe(403);
      expect((await open('', { authorization: 'Bearer forged.token.value' })).status).toBe(401);
      expect((await open('', { cookie: 'lms_queues=forged' })).status).toBe(401);
    });

    it('opens for an ADMIN Bearer token (scripts) and lists every queue', async () => {
      const page = await open('', { authorization: `Bearer ${admin}` });
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<div id="root">');
      const api = await open('/api/queues', { authorization: `Bearer ${admin}` });
      const names = ((await api.json()) as { queues: { name: string }[] }).queues.map(
        (q) => q.name,
      );
      expect(names.sort()).toEqual(Object.values(QUEUES).sort());
    });

    it('gives a browser admin a short-lived HttpOnly cookie scoped to the dashboard', async () => {
      const refused = await fetch(`${t.url}/admin/session`, {
        method: 'POST',
        headers: { authorization: `Bearer ${organizer}` },
      });
      expect(refused.status).toBe(403);
      const res = await fetch(`${t.url}/admin/session`, {
        method: 'POST',
        headers: { authorization: `Bearer ${admin}` },
      });
      expect(res.status).toBe(200);
      const setCookie = res.headers.get('set-cookie') ?? '';
      expect(setCookie).toMatch(
        /^lms_queues=[^;]+; Path=\/admin\/queues; Max-Age=900; HttpOnly; SameSite=Strict$/,
      );
      const cookie = setCookie.split(';')[0];
      expect((await open('', { cookie })).status).toBe(200);
      expect((await open('/api/queues', { cookie })).status).toBe(200);
      // The cookie's token opens the dashboard only: it is no GraphQL access token.
      const asBearer = await t.gql.request('{ me { id } }', {}, { token: cookie.split('=')[1] });
      expect(asBearer.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      const closed = await fetch(`${t.url}/admin/session`, {
        method: 'DELETE',
        headers: { authorization: `Bearer ${admin}` },
      });
      expect(closed.headers.get('set-cookie')).toContain('Max-Age=0');
    });

    it('is not swallowed by the web app fallback', async () => {
      const res = await open('/static/does-not-exist.js', { authorization: `Bearer ${admin}` });
      expect(res.headers.get('content-type') ?? '').not.toContain('text/html');
    });
  });
});

@Controller('test-slow')
class SlowController {
  static release: () => void = () => undefined;

  @Public()
  @Get()
  async slow(): Promise<{ done: boolean }> {
    await new Promise<void>((resolve) => {
      SlowController.release = resolve;
    });
    return { done: true };
  }
}

describe('graceful shutdown of the API', () => {
  it('fails readiness first, lets in-flight requests finish, then stops accepting', async () => {
    const db = await createTestDatabase();
    const dataDir = mkdtempSync(join(tmpdir(), 'lms-shutdown-'));
    Object.assign(process.env, {
      NODE_ENV: 'test',
      DATABASE_URL: db.url,
      REDIS_URL: process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379',
      REDIS_PREFIX: `lms-test-${randomBytes(4).toString('hex')}`,
      DATA_DIR: dataDir,
      JWT_SECRET: randomBytes(32).toString('hex'),
      WEB_DIST_DIR: join(dataDir, 'no-web'),
    });
    let app: INestApplication | undefined;
    try {
      await runMigrations(db.url, DATABASE_PARTS);
      const moduleRef = await Test.createTestingModule({
        imports: [AppModule],
        controllers: [SlowController],
      }).compile();
      app = moduleRef.createNestApplication({ logger: ['error'] });
      configureApp(app, app.get<AppConfig>(APP_CONFIG));
      await app.listen(0, '127.0.0.1');
      const url = `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}`;

      const inFlight = fetch(`${url}/test-slow`).then(async (r) => [r.status, await r.json()]);
      await new Promise((resolve) => setTimeout(resolve, 100));
      const stopping = shutDownGracefully(app, { graceMs: 400, logger: new Logger('test') });

      const during = await fetch(`${url}/health`);
      expect(during.status).toBe(503);
      expect(await during.json()).toMatchObject({ status: 'draining' });
      expect((await fetch(`${url}/health/live`)).status).toBe(200);

      await new Promise((resolve) => setTimeout(resolve, 600));
      SlowController.release();
      expect(await inFlight).toEqual([200, { done: true }]);
      await stopping;
      app = undefined;
      await expect(fetch(`${url}/health/live`)).rejects.toThrow();
    } finally {
      await app?.close();
      await db.drop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
