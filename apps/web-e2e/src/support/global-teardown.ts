import { readFileSync, rmSync } from 'node:fs';

import Redis from 'ioredis';
import { Client } from 'pg';

import { type StackState, stackStateFile } from './stack-state';

async function stopApi(pid: number): Promise<void> {
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    return;
  }
  for (let i = 0; i < 50; i++) {
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  process.kill(pid, 'SIGKILL');
}

export default async function globalTeardown(): Promise<void> {
  const state = JSON.parse(readFileSync(stackStateFile(), 'utf8')) as StackState;
  if (state.workerPid) await stopApi(state.workerPid);
  await stopApi(state.pid);

  const admin = new Client({ connectionString: state.adminDatabaseUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${state.databaseName} WITH (FORCE)`);
  await admin.end();

  const redis = new Redis(state.redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1 });
  await redis.connect();
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${state.redisPrefix}*`, 'COUNT', 500);
    cursor = next;
    if (keys.length > 0) {
      await redis.del(...keys);
    }
  } while (cursor !== '0');
  await redis.quit();

  rmSync(state.dataDir, { recursive: true, force: true });
  rmSync(stackStateFile(), { force: true });
}
