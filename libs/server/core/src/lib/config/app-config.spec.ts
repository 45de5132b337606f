import { mkdtempSync, rmSync } from 'node:fs';
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
    [{ NODE_ENV: 'production' }, 'JWT_SECRET'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV'],
    [{ JWT_SECRET: 'short' }, 'JWT_SECRET'],
  ])('refuses %j naming %s', (env, variable) => {
    expect(() => loadConfig({ ...base, ...env })).toThrow(new RegExp(`^${variable}:`));
  });
});
