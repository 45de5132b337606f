import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { Client } from 'pg';

import { type StackState, stackStateFile } from './stack-state';

const ROOT = resolve(__dirname, '../../../..');
const API_MAIN = join(ROOT, 'dist/apps/api/main.js');
const WORKER_MAIN = join(ROOT, 'dist/apps/worker/main.js');
const WEB_DIST = join(ROOT, 'dist/apps/web/browser');

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolvePort(port));
    });
  });
}

async function waitForHealth(url: string, api: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (api.exitCode !== null) {
      throw new Error(`The API exited with ${api.exitCode}:\n${log()}`);
    }
    try {
      const response = await fetch(`${url}/health`);
      if (response.ok) {
        return;
      }
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`The API did not become healthy within 30 s:\n${log()}`);
}

/** The certificate worker, on the same database, Redis and DATA_DIR as the API; resolves once ready. */
function startWorker(env: NodeJS.ProcessEnv): Promise<ChildProcess> {
  const worker = spawn(process.execPath, [WORKER_MAIN], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  return new Promise((resolveReady, reject) => {
    // Generous: on a busy machine (other suites running) loading the worker takes a while.
    const timer = setTimeout(() => {
      worker.kill();
      reject(new Error(`The worker did not start within 60 s:\n${output}`));
    }, 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (/Worker \d+ ready/.test(output)) {
        clearTimeout(timer);
        worker.removeAllListeners('exit');
        worker.stdout?.removeAllListeners();
        worker.stderr?.removeAllListeners();
        worker.stdout?.resume();
        worker.stderr?.resume();
        worker.unref();
        resolveReady(worker);
      }
    };
    worker.stdout?.on('data', onData);
    worker.stderr?.on('data', onData);
    worker.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The worker exited with ${code}:\n${output}`));
    });
  });
}

/** Builds nothing (npm test builds first); starts one database, API and web app for the run. */
export default async function globalSetup(): Promise<void> {
  for (const path of [API_MAIN, WORKER_MAIN, join(WEB_DIST, 'index.html')]) {
    if (!existsSync(path)) {
      throw new Error(
        `${path} is missing: run \`npx nx run-many -t build -p api worker web\` first.`,
      );
    }
  }
  const adminDatabaseUrl =
    process.env['TEST_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const redisUrl = process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';
  const suffix = randomBytes(4).toString('hex');
  const databaseName = `lms_e2e_${suffix}`;
  const admin = new Client({ connectionString: adminDatabaseUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${databaseName}`);
  await admin.end();

  const databaseUrl = new URL(adminDatabaseUrl);
  databaseUrl.pathname = `/${databaseName}`;
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'lms-web-e2e-'));
  const redisPrefix = `lms-e2e-${suffix}`;
  const env = {
    ...process.env,
    PORT: String(port),
    DATABASE_URL: databaseUrl.toString(),
    REDIS_URL: redisUrl,
    REDIS_PREFIX: redisPrefix,
    DATA_DIR: dataDir,
    NODE_ENV: 'test',
    WEB_DIST_DIR: WEB_DIST,
  };
  execFileSync(process.execPath, [API_MAIN, 'migrate'], { env, stdio: 'pipe' });
  execFileSync(process.execPath, [API_MAIN, 'seed-demo'], { env, stdio: 'pipe' });
  const accounts = JSON.parse(readFileSync(join(dataDir, 'demo-accounts.json'), 'utf8')) as {
    learnerNip: string;
    learnerName: string;
  };

  let output = '';
  const api = spawn(process.execPath, [API_MAIN], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  api.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  api.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitForHealth(baseUrl, api, () => output);
  } catch (error) {
    api.kill();
    throw error;
  }
  // The API outlives this function; the teardown stops it by pid.
  api.stdout?.removeAllListeners();
  api.stderr?.removeAllListeners();
  api.stdout?.resume();
  api.stderr?.resume();
  api.unref();
  // Certificates are rendered by the worker process, as in production.
  let worker: ChildProcess;
  try {
    // At info level the worker logs its "ready" line (NODE_ENV=test logs errors only).
    worker = await startWorker({ ...env, LOG_LEVEL: 'info' });
  } catch (error) {
    api.kill();
    throw error;
  }

  const state: StackState = {
    baseUrl,
    pid: api.pid ?? 0,
    workerPid: worker.pid ?? 0,
    databaseName,
    adminDatabaseUrl,
    redisUrl,
    redisPrefix,
    dataDir,
    learnerNip: accounts.learnerNip,
    learnerName: accounts.learnerName,
  };
  writeFileSync(stackStateFile(), JSON.stringify(state));
}
