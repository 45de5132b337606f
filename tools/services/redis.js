'use strict';
// Finds a Redis for the API and worker: REDIS_URL, else the machine's own on 6379, else a
// redis-server of ours under `<dataDir>/redis` (state in redis-server.json, log in redis.log).
const { spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const path = require('node:path');
const { isAlive } = require('./pids');
const { findFreePort } = require('./ports');
const { sleep, tailOfFile, waitUntil } = require('./wait');

const DEFAULT_URL = 'redis://127.0.0.1:6379';
const PREFERRED_PORT = 6380;
const STATE_FILE = 'redis-server.json';

/**
 * @typedef {object} ResolvedRedis
 * @property {string} url
 * @property {'REDIS_URL' | 'local' | 'spawned' | 'reused'} source
 * @property {number} [pid]  the redis-server process when it is ours
 * @property {() => Promise<void>} stop  stops the redis-server when this call started (or adopted) it
 */

/**
 * @typedef {object} ResolveOptions
 * @property {string} [redisUrl]  used as is when set (REDIS_URL)
 * @property {string} dataDir     our redis-server keeps its files in `<dataDir>/redis`
 * @property {boolean} [probeDefault]  look at 127.0.0.1:6379 first; default true unless the
 *                                     environment has LMS_SKIP_LOCAL_PROBE=1
 * @property {(line: string) => void} [onLog]
 */

/**
 * Sends one command over a fresh connection and returns the raw reply, or undefined when nothing
 * answers in time. A raw socket rather than ioredis: a failed ioredis connection keeps the process
 * alive for seconds, which every probe of an absent server would pay.
 * @param {string} url
 * @param {string[]} command
 * @param {number} [timeoutMs]
 * @returns {Promise<string | undefined>}
 */
function sendCommand(url, command, timeoutMs = 1000) {
  const { hostname, port } = new URL(url);
  const host = hostname.replace(/^\[|\]$/g, '') || '127.0.0.1';
  const request =
    `*${command.length}\r\n` +
    command.map((part) => `$${Buffer.byteLength(part)}\r\n${part}\r\n`).join('');
  return new Promise((resolve) => {
    const socket = net.connect({ host, port: Number(port) || 6379 });
    let reply = '';
    const finish = (/** @type {string | undefined} */ value) => {
      socket.destroy();
      resolve(value);
    };
    socket.setTimeout(timeoutMs, () => finish(undefined));
    socket.once('error', () => finish(undefined));
    socket.once('connect', () => socket.write(request));
    socket.on('data', (chunk) => {
      reply += chunk.toString('utf8');
      // Simple strings and errors end at the first CRLF; the one array we ask for has 4 lines.
      const lines = reply.split('\r\n');
      if (/^[+-]/.test(reply) ? lines.length > 1 : lines.length > 4) finish(reply);
    });
    socket.once('end', () => finish(reply || undefined));
  });
}

/**
 * True when the Redis at `url` answers PING (a server that wants a password does not count).
 * @param {string} url
 * @param {number} [timeoutMs]
 */
async function pingRedis(url, timeoutMs = 1000) {
  return (await sendCommand(url, ['PING'], timeoutMs))?.startsWith('+PONG') ?? false;
}

/**
 * The data folder of the Redis at `url`, to recognise our own server.
 * @param {string} url
 */
async function redisDirOf(url) {
  const reply = await sendCommand(url, ['CONFIG', 'GET', 'dir']);
  const lines = reply?.split('\r\n') ?? [];
  return lines[0] === '*2' ? lines[4] : undefined;
}

/** @param {string} file @returns {{ port?: number, pid?: number, ownerPid?: number }} */
function readState(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return {};
  }
}

/** @param {string} file @param {object} state */
function writeState(file, state) {
  const temp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temp, JSON.stringify(state, null, 2) + '\n');
  fs.renameSync(temp, file);
}

/**
 * SIGTERM, then SIGKILL, until `gone()`.
 * @param {number} pid
 * @param {() => boolean} gone
 */
async function stopPid(pid, gone = () => !isAlive(pid)) {
  /** @type {[NodeJS.Signals, number][]} */
  const steps = [
    ['SIGTERM', 15_000], // redis-server flushes its append-only file and exits
    ['SIGKILL', 5_000],
  ];
  for (const [signal, waitMs] of steps) {
    if (gone()) return;
    try {
      process.kill(pid, signal);
    } catch {
      return;
    }
    const deadline = Date.now() + waitMs;
    while (!gone() && Date.now() < deadline) await sleep(100);
  }
}

function assertRedisServerInstalled() {
  const probe = spawnSync('redis-server', ['--version'], { stdio: 'ignore' });
  if (probe.error) {
    throw new Error(
      'Redis is needed and nothing answers on 127.0.0.1:6379, and there is no redis-server to start: install it (Debian/Ubuntu: apt-get install redis-server; macOS: brew install redis) or set REDIS_URL=redis://host:port.',
    );
  }
}

/**
 * @param {ResolveOptions} options
 * @returns {Promise<ResolvedRedis>}
 */
async function resolveRedis(options) {
  const { redisUrl, onLog = () => undefined } = options;
  const probeDefault = options.probeDefault ?? process.env['LMS_SKIP_LOCAL_PROBE'] !== '1';
  const noop = async () => undefined;
  if (redisUrl) return { url: redisUrl, source: 'REDIS_URL', stop: noop };
  if (probeDefault && (await pingRedis(DEFAULT_URL))) {
    return { url: DEFAULT_URL, source: 'local', stop: noop };
  }

  const dir = path.resolve(options.dataDir, 'redis');
  const stateFile = path.join(dir, STATE_FILE);
  const logFile = path.join(dir, 'redis.log');
  fs.mkdirSync(dir, { recursive: true });
  const state = readState(stateFile);

  // Ours from an earlier run, still up: reuse it; adopt it when the process that started it died.
  if (state.port && state.pid && isAlive(state.pid)) {
    const url = `redis://127.0.0.1:${state.port}`;
    if ((await redisDirOf(url)) === dir) {
      const pid = state.pid;
      if (state.ownerPid !== process.pid && isAlive(state.ownerPid)) {
        onLog(`using redis-server already running from ${dir} (pid ${pid})`);
        return { url, source: 'reused', pid, stop: noop };
      }
      onLog(`adopting redis-server left running from ${dir} (pid ${pid})`);
      writeState(stateFile, { ...state, ownerPid: process.pid });
      /** @type {Promise<void> | undefined} */
      let stopping;
      return { url, source: 'reused', pid, stop: () => (stopping ??= stopPid(pid)) };
    }
  }

  assertRedisServerInstalled();
  const port = await findFreePort(state.port ?? PREFERRED_PORT);
  const args = [
    '--bind',
    '127.0.0.1',
    '--port',
    String(port),
    '--dir',
    dir,
    '--appendonly',
    'yes',
    '--daemonize',
    'no',
    '--logfile',
    logFile,
    // BullMQ loses jobs if Redis evicts keys under memory pressure.
    '--maxmemory-policy',
    'noeviction',
  ];
  // Own process group: Ctrl-C reaches only the owner, which stops Redis after its users.
  const child = spawn('redis-server', args, { cwd: dir, detached: true, stdio: 'ignore' });
  child.unref();
  /** @type {string | undefined} */
  let exitReason;
  child.once('error', (error) => (exitReason = error.message));
  child.once('exit', (code, signal) => (exitReason ??= `exited (${signal ?? `code ${code}`})`));
  const pid = child.pid ?? 0;
  const url = `redis://127.0.0.1:${port}`;
  onLog(`starting redis-server on 127.0.0.1:${port} (pid ${pid}, log ${logFile})`);
  try {
    await waitUntil(() => pingRedis(url), {
      timeoutMs: 30_000,
      intervalMs: 100,
      what: `redis-server on port ${port}`,
      abortIf: () => exitReason && `redis-server ${exitReason}`,
    });
  } catch (error) {
    await stopPid(pid, () => exitReason !== undefined);
    throw new Error(
      `${/** @type {Error} */ (error).message}\n--- ${logFile} (end) ---\n${tailOfFile(logFile)}`,
    );
  }
  writeState(stateFile, { port, pid, ownerPid: process.pid });

  /** @type {Promise<void> | undefined} */
  let stopping;
  const stop = () => {
    // Our child: wait for its exit event, which also reaps it (no zombie left behind).
    stopping ??= stopPid(pid, () => exitReason !== undefined).then(() =>
      writeState(stateFile, { port }),
    );
    return stopping;
  };
  return { url, source: 'spawned', pid, stop };
}

module.exports = { resolveRedis, pingRedis, DEFAULT_URL };
