'use strict';
// What `npm start`, `npm run migrate` and `npm run generate` share: the environment they read,
// the database and Redis they use, the build and the API's command line.
const path = require('node:path');
const { startEmbeddedPostgres } = require('../services/postgres');
const { resolveRedis } = require('../services/redis');
const { runToEnd, say } = require('./child-processes');

const REPO_ROOT = path.resolve(__dirname, '../..');
const API_MAIN = path.join(REPO_ROOT, 'dist/apps/api/main.js');
const WORKER_MAIN = path.join(REPO_ROOT, 'dist/apps/worker/main.js');
const DEFAULT_DEMO_PASSWORD = 'bimtek2026';

/**
 * @typedef {object} Settings
 * @property {number} port
 * @property {string} dataDir     absolute
 * @property {string | undefined} databaseUrl
 * @property {string | undefined} redisUrl
 * @property {string} nodeEnv
 * @property {string} publicUrl
 * @property {string} demoPassword
 */

/**
 * Reads the variables of contract.md's "Configuration" table and fills in their defaults.
 * @param {NodeJS.ProcessEnv} [env]
 * @returns {Settings}
 */
function readSettings(env = process.env) {
  const rawPort = env['PORT'] || '3000';
  const port = Number(rawPort);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`PORT must be a whole number from 1 to 65535, got "${rawPort}"`);
  }
  return {
    port,
    dataDir: path.resolve(process.cwd(), env['DATA_DIR'] || './.data'),
    databaseUrl: env['DATABASE_URL'] || undefined,
    redisUrl: env['REDIS_URL'] || undefined,
    nodeEnv: env['NODE_ENV'] || 'development',
    publicUrl: (env['PUBLIC_URL'] || `http://localhost:${port}`).replace(/\/+$/, ''),
    demoPassword: env['DEMO_PASSWORD'] || DEFAULT_DEMO_PASSWORD,
  };
}

/**
 * @typedef {object} Services
 * @property {string} databaseUrl
 * @property {string} redisUrl
 * @property {() => Promise<void>} stop  stops what this process started, nothing else
 */

/**
 * DATABASE_URL or the embedded PostgreSQL under DATA_DIR/postgres (started, or reused when another
 * command already runs it); REDIS_URL, the machine's Redis on 6379, or our own redis-server.
 * @param {Settings} settings
 * @returns {Promise<Services>}
 */
async function provideServices(settings) {
  /** @type {(() => Promise<void>)[]} */
  const stops = [];
  const stop = async () => {
    await Promise.allSettled(stops.map((stopOne) => stopOne()));
  };
  try {
    let databaseUrl = settings.databaseUrl;
    if (databaseUrl) {
      say('database: DATABASE_URL');
    } else {
      const postgres = await startEmbeddedPostgres({
        dataDir: path.join(settings.dataDir, 'postgres'),
        onLog: (line) => say(`postgres: ${line}`),
      });
      stops.push(postgres.stop);
      databaseUrl = postgres.url;
      say(`database: embedded PostgreSQL on 127.0.0.1:${postgres.port}`);
    }
    const redis = await resolveRedis({
      redisUrl: settings.redisUrl,
      dataDir: settings.dataDir,
      onLog: (line) => say(`redis: ${line}`),
    });
    stops.push(redis.stop);
    const redisLabel = {
      REDIS_URL: 'REDIS_URL',
      local: 'the local Redis on 127.0.0.1:6379',
      spawned: `our redis-server (${redis.url})`,
      reused: `our redis-server (${redis.url})`,
    };
    say(`redis: ${redisLabel[redis.source]}`);
    return { databaseUrl, redisUrl: redis.url, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * The environment of the API, the worker and the API's commands.
 * @param {Settings} settings
 * @param {Services} services
 * @returns {NodeJS.ProcessEnv}
 */
function appEnv(settings, services) {
  return {
    ...process.env,
    DATABASE_URL: services.databaseUrl,
    REDIS_URL: services.redisUrl,
    DATA_DIR: settings.dataDir,
    PORT: String(settings.port),
    PUBLIC_URL: settings.publicUrl,
    NODE_ENV: settings.nodeEnv,
  };
}

/**
 * Production build of the given projects; Nx's cache makes an unchanged build take seconds.
 * @param {string[]} projects
 * @returns {Promise<boolean>}
 */
async function buildProjects(projects) {
  say(`building ${projects.join(', ')} (production)`);
  const nx = require.resolve('nx/bin/nx.js', { paths: [REPO_ROOT] });
  const { code } = await runToEnd(
    'build',
    process.execPath,
    [nx, 'run-many', '-t', 'build', '-p', ...projects, '--configuration=production'],
    {
      cwd: REPO_ROOT,
      inheritOutput: true,
      // Linear output (no full-screen UI): the launcher's own lines follow Nx's.
      env: { ...process.env, NX_TUI: 'false', NX_DAEMON: process.env['NX_DAEMON'] ?? 'false' },
    },
  );
  if (code !== 0) say(`the build failed (exit code ${code})`);
  return code === 0;
}

/**
 * Runs `node dist/apps/api/main.js <args>`, output prefixed with `[name]`.
 * @param {string} name
 * @param {string[]} args
 * @param {NodeJS.ProcessEnv} env
 * @param {{ captureStdout?: boolean, inheritOutput?: boolean }} [options]
 */
function runApiCommand(name, args, env, options = {}) {
  return runToEnd(name, process.execPath, [API_MAIN, ...args], { cwd: REPO_ROOT, env, ...options });
}

module.exports = {
  REPO_ROOT,
  API_MAIN,
  WORKER_MAIN,
  readSettings,
  provideServices,
  appEnv,
  buildProjects,
  runApiCommand,
};
