'use strict';
// PostgreSQL and Redis for the integration and browser tests, started once per `npm test`:
//   TEST_DATABASE_URL  admin URL of a PostgreSQL where suites may CREATE DATABASE: the variable
//                      when set, else postgres://postgres@127.0.0.1:5432/postgres when that answers
//                      and may create databases, else an embedded PostgreSQL under .test-data/
//   TEST_REDIS_URL     the variable when set, else 127.0.0.1:6379 when it answers, else a
//                      redis-server under .test-data/redis
// LMS_SKIP_LOCAL_PROBE=1 skips the 5432/6379 probes (always start our own).
//
// As a program (what tools/test/run-all.sh does):
//   node tools/test/services.js --write-env .test-data/services.env
// writes `export TEST_...=...` lines to the file once everything answers, then runs until SIGTERM
// or SIGINT (or until its parent dies) and stops what it started.
// As a module: `const { env, stop } = await startTestServices()`.
const fs = require('node:fs');
const path = require('node:path');
const { Client } = require('pg');
const { startEmbeddedPostgres } = require('../services/postgres');
const { resolveRedis } = require('../services/redis');

const REPO_ROOT = path.resolve(__dirname, '../..');
const LOCAL_ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/postgres';
const EMBEDDED_PORT = 54339;

/**
 * True when `url` connects and its user may create databases.
 * @param {string} url
 */
async function canCreateDatabases(url) {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    const { rows } = await client.query(
      'SELECT rolsuper OR rolcreatedb AS ok FROM pg_roles WHERE rolname = current_user',
    );
    return rows[0]?.ok === true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * @param {{ env?: NodeJS.ProcessEnv, dataDir?: string, onLog?: (line: string) => void }} [options]
 * @returns {Promise<{ env: { TEST_DATABASE_URL: string, TEST_REDIS_URL: string }, stop: () => Promise<void> }>}
 */
async function startTestServices(options = {}) {
  const {
    env = process.env,
    dataDir = path.join(REPO_ROOT, '.test-data'),
    onLog = () => undefined,
  } = options;
  const probe = env['LMS_SKIP_LOCAL_PROBE'] !== '1';
  /** @type {(() => Promise<void>)[]} */
  const stops = [];
  const stop = async () => {
    await Promise.allSettled(stops.map((stopOne) => stopOne()));
  };
  try {
    let databaseUrl = env['TEST_DATABASE_URL'];
    if (databaseUrl) {
      onLog('PostgreSQL: TEST_DATABASE_URL');
    } else if (probe && (await canCreateDatabases(LOCAL_ADMIN_URL))) {
      databaseUrl = LOCAL_ADMIN_URL;
      onLog('PostgreSQL: the local server on 127.0.0.1:5432');
    } else {
      const postgres = await startEmbeddedPostgres({
        dataDir: path.join(dataDir, 'postgres'),
        port: EMBEDDED_PORT,
        database: null,
        fast: true,
        onLog: (line) => onLog(`PostgreSQL: ${line}`),
      });
      stops.push(postgres.stop);
      databaseUrl = postgres.adminUrl;
      onLog(`PostgreSQL: embedded on 127.0.0.1:${postgres.port}`);
    }

    let redisUrl = env['TEST_REDIS_URL'];
    if (redisUrl) {
      onLog('Redis: TEST_REDIS_URL');
    } else {
      const redis = await resolveRedis({
        dataDir,
        probeDefault: probe,
        onLog: (line) => onLog(`Redis: ${line}`),
      });
      stops.push(redis.stop);
      redisUrl = redis.url;
      onLog(`Redis: ${redis.url} (${redis.source})`);
    }
    return { env: { TEST_DATABASE_URL: databaseUrl, TEST_REDIS_URL: redisUrl }, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** @param {string} value */
const shellQuote = (value) => `'${value.replace(/'/g, `'\\''`)}'`;

async function runAsProgram() {
  const index = process.argv.indexOf('--write-env');
  const envFile = index > 0 ? process.argv[index + 1] : undefined;
  if (!envFile) {
    console.error('usage: node tools/test/services.js --write-env <file>');
    process.exit(2);
  }
  const log = (/** @type {string} */ line) => console.log(`[test-services] ${line}`);
  /** @type {ReturnType<typeof startTestServices> | undefined} */
  let starting;
  let stopping = false;
  const finish = async (/** @type {number} */ code) => {
    if (stopping) return;
    stopping = true;
    const services = await starting?.catch(() => undefined);
    await services?.stop();
    process.exit(code);
  };
  for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM', 'SIGHUP'])) {
    process.on(signal, () => void finish(0));
  }
  // A killed test run cannot send SIGTERM: notice being orphaned and clean up anyway.
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) void finish(0);
  }, 1000);

  let services;
  try {
    starting = startTestServices({ onLog: log });
    services = await starting;
  } catch (error) {
    console.error(`[test-services] ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
  const lines = Object.entries(services.env).map(
    ([name, value]) => `export ${name}=${shellQuote(value)}`,
  );
  fs.mkdirSync(path.dirname(path.resolve(envFile)), { recursive: true });
  const temp = `${envFile}.tmp`;
  fs.writeFileSync(temp, `${lines.join('\n')}\n`, { mode: 0o600 });
  fs.renameSync(temp, envFile);
}

if (require.main === module) void runAsProgram();

module.exports = { startTestServices };
