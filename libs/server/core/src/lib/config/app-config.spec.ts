import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { loadConfig } from './app-config';

describe('loadConfig', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'lms-config-'));
  const base = { DATABASE_URL: 'postgres://u@localhost/db', DATA_DIR: dataDir };
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('applies the documented defaults and keeps a generated dev secret', () => {
    const first = loadConfig(base);
    expect(first).toMatchObject({
      port: 3000,
      redisUrl: 'redis://127.0.0.1:6379',
      publicUrl: 'http://localhost:3000',
    });
    expect(first.jwtSecret.length).toBeGreaterThan(40);
    expect(loadConfig(base).jwtSecret).toBe(first.jwtSecret);
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ DATABASE_URL: '' }, 'DATABASE_URL'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ REDIS_URL: 'http://x' }, 'REDIS_URL'],
    [
      { NODE_ENV: 'production', REDIS_URL: 'redis://r:6379', PUBLIC_URL: 'https://x' },
      'JWT_SECRET',
    ],
    [{ NODE_ENV: 'production', PUBLIC_URL: 'https://x', JWT_SECRET: 'x'.repeat(32) }, 'REDIS_URL'],
    [
      { NODE_ENV: 'production', REDIS_URL: 'redis://r:6379', JWT_SECRET: 'x'.repeat(32) },
      'PUBLIC_URL',
    ],
    [{ CORS_ORIGINS: 'https://a.go.id,lms.example' }, 'CORS_ORIGINS'],
    [{ CORS_ORIGINS: 'https://a.go.id/path' }, 'CORS_ORIGINS'],
    [{ TRUST_PROXY: '-1' }, 'TRUST_PROXY'],
    [{ RATE_LIMIT_PER_MINUTE: '5' }, 'RATE_LIMIT_PER_MINUTE'],
    [{ PUBLIC_RATE_LIMIT_PER_MINUTE: '1.5' }, 'PUBLIC_RATE_LIMIT_PER_MINUTE'],
    [{ GRAPHQL_MAX_DEPTH: '1000' }, 'GRAPHQL_MAX_DEPTH'],
    [{ GRAPHQL_MAX_ALIASES: '0' }, 'GRAPHQL_MAX_ALIASES'],
    [{ GRAPHQL_MAX_COST: 'lots' }, 'GRAPHQL_MAX_COST'],
    [{ LOG_LEVEL: 'verbose' }, 'LOG_LEVEL'],
    [{ LOG_FORMAT: 'xml' }, 'LOG_FORMAT'],
    [{ SHUTDOWN_GRACE_MS: '999999999' }, 'SHUTDOWN_GRACE_MS'],
    [{ JWT_SECRET_FILE: '/nonexistent/secret' }, 'JWT_SECRET_FILE'],
    [{ JWT_SECRET: 'x'.repeat(32), JWT_SECRET_FILE: '/tmp/x' }, 'JWT_SECRET'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV'],
    [{ JWT_SECRET: 'short' }, 'JWT_SECRET'],
  ])('refuses %j naming %s', (env, variable) => {
    expect(() => loadConfig({ ...base, ...env })).toThrow(new RegExp(`^${variable}:`));
  });

  it('defaults to same-origin CORS, no trusted proxy and dev-friendly logs', () => {
    expect(loadConfig(base)).toMatchObject({
      corsOrigins: [],
      trustProxy: 0,
      rateLimit: { perMinute: 600, publicPerMinute: 60 },
      graphqlLimits: { maxDepth: 10, maxAliases: 20, maxCost: 5000 },
      logLevel: 'info',
      logFormat: 'pretty',
      shutdownGraceMs: 0,
    });
  });

  it('reads the production settings an operator gives it', () => {
    const secretFile = join(dataDir, 'jwt');
    writeFileSync(secretFile, `${'s'.repeat(40)}\n`);
    const config = loadConfig({
      ...base,
      NODE_ENV: 'production',
      REDIS_URL: 'redis://redis:6379',
      PUBLIC_URL: 'https://lms.example.go.id/',
      JWT_SECRET_FILE: secretFile,
      CORS_ORIGINS: 'https://lms.example.go.id, https://admin.example.go.id',
      TRUST_PROXY: '1',
    });
    expect(config).toMatchObject({
      jwtSecret: 's'.repeat(40),
      publicUrl: 'https://lms.example.go.id',
      corsOrigins: ['https://lms.example.go.id', 'https://admin.example.go.id'],
      trustProxy: 1,
      logFormat: 'json',
      shutdownGraceMs: 5000,
    });
  });
});
