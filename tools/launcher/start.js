'use strict';
// `npm start`: database and Redis, production build, migrations, demo data (non-production, empty
// database only: seed-demo decides), then the API (web + /graphql + /health) and the worker.
//
//   npm start                       everything, until Ctrl-C
//   npm start -- --services-only    only PostgreSQL and Redis, printing their URLs (for `nx serve`)
//   npm start -- --no-build         reuse dist/ as it is (after your own `nx build`)
//
// Environment: PORT, DATA_DIR, DATABASE_URL, REDIS_URL, NODE_ENV, PUBLIC_URL, DEMO_PASSWORD
// (contract.md, "Configuration").
const fs = require('node:fs');
const path = require('node:path');
const { isAlive } = require('../services/pids');
const { isPortFree } = require('../services/ports');
const { sleep } = require('../services/wait');
const { runningChildren, say, startChild } = require('./child-processes');
const {
  API_MAIN,
  REPO_ROOT,
  WORKER_MAIN,
  appEnv,
  buildProjects,
  provideServices,
  readSettings,
  runApiCommand,
} = require('./runtime');

const HEALTH_TIMEOUT_MS = 120_000;
const USAGE = `usage: npm start [-- --services-only | --no-build]

  --services-only   start only PostgreSQL and Redis and print their URLs
  --no-build        skip the production build and run what dist/ holds

Environment: PORT (3000), DATA_DIR (./.data), DATABASE_URL, REDIS_URL, NODE_ENV (development),
PUBLIC_URL (http://localhost:$PORT), DEMO_PASSWORD (bimtek2026).`;

/** @param {string[]} argv */
function parseArgs(argv) {
  const known = new Set(['--services-only', '--no-build', '--help', '-h']);
  const unknown = argv.filter((arg) => !known.has(arg));
  if (unknown.length > 0) {
    console.error(`unknown option ${unknown.join(' ')}\n${USAGE}`);
    process.exit(2);
  }
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(USAGE);
    process.exit(0);
  }
  return {
    // `npm start --services-only` (without `--`) reaches us only as an npm config variable.
    servicesOnly:
      argv.includes('--services-only') || process.env['npm_config_services_only'] === 'true',
    noBuild: argv.includes('--no-build') || process.env['npm_config_build'] === 'false',
  };
}

/**
 * The learner account is an employee picked by seed-demo, so its NIP comes from seed-demo's
 * output (`DEMO_LEARNER_NIP=<nip>`) or, on later starts, from the DATA_DIR/demo-accounts.json it
 * writes.
 * @param {string} dataDir
 * @param {string[]} seedOutput
 * @returns {{ username: string, role: string }[] | undefined}
 */
function demoAccounts(dataDir, seedOutput) {
  const defaults = [
    { username: 'admin', role: 'ADMIN' },
    { username: 'penyelenggara', role: 'ORGANIZER' },
    { username: 'bkpsdm', role: 'HR_ANALYST' },
    { username: 'widyaiswara', role: 'INSTRUCTOR' },
  ];
  const fromOutput = seedOutput
    .map((line) => /DEMO_LEARNER_NIP=\s*([0-9][0-9 ]*[0-9])/.exec(line)?.[1])
    .find(Boolean);
  /** @type {any} */
  let file;
  try {
    file = JSON.parse(fs.readFileSync(path.join(dataDir, 'demo-accounts.json'), 'utf8'));
  } catch {
    file = undefined;
  }
  if (!fromOutput && !file) return undefined;
  /** @type {{ username: string, role: string }[]} */
  const accounts = [];
  const listed = Array.isArray(file) ? file : Array.isArray(file?.accounts) ? file.accounts : [];
  for (const entry of listed) {
    const username = entry?.username ?? entry?.nip;
    const role = entry?.role ?? (Array.isArray(entry?.roles) ? entry.roles.join(', ') : '');
    if (typeof username === 'string') accounts.push({ username, role: String(role) });
  }
  if (accounts.length === 0) accounts.push(...defaults);
  const learnerNip =
    fromOutput ?? file?.learnerNip ?? file?.learner?.nip ?? file?.learner?.username ?? undefined;
  if (learnerNip && !accounts.some((account) => account.username === learnerNip)) {
    accounts.push({ username: String(learnerNip), role: 'LEARNER' });
  }
  return accounts;
}

/**
 * @param {import('./runtime').Settings} settings
 * @param {{ username: string, role: string }[] | undefined} accounts
 */
function printBanner(settings, accounts) {
  const local = `http://localhost:${settings.port}`;
  const lines = [
    '',
    `LMS is running at ${local}`,
    `  GraphQL ${local}/graphql   health ${local}/health`,
  ];
  if (settings.publicUrl !== local)
    lines.push(`  public URL (certificate links): ${settings.publicUrl}`);
  if (settings.nodeEnv !== 'production') {
    if (accounts) {
      lines.push('', `Demo accounts (password: ${settings.demoPassword}):`);
      for (const { username, role } of accounts) {
        const note = role === 'LEARNER' ? '  (the learner logs in with this NIP)' : '';
        lines.push(`  ${username.padEnd(20)} ${role}${note}`);
      }
    } else {
      lines.push(
        '',
        `No demo accounts recorded (${path.join(settings.dataDir, 'demo-accounts.json')} is missing: the database already had data when seed-demo ran).`,
      );
    }
  }
  lines.push('', 'Press Ctrl-C to stop.', '');
  process.stdout.write(lines.join('\n') + '\n');
}

/**
 * @param {number} port
 * @param {() => string | undefined} abortIf
 */
async function waitForHealth(port, abortIf) {
  const url = `http://127.0.0.1:${port}/health`;
  const deadline = Date.now() + HEALTH_TIMEOUT_MS;
  let last = 'no answer';
  while (Date.now() < deadline) {
    const reason = abortIf();
    if (reason) throw new Error(reason);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (response.status === 200) return;
      last = `HTTP ${response.status}`;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    await sleep(250);
  }
  throw new Error(`GET ${url} did not answer 200 within ${HEALTH_TIMEOUT_MS / 1000} s (${last})`);
}

/** @type {Promise<import('./runtime').Services> | undefined} */
let servicesStarting;
let stopping = false;
/** @type {string | undefined} */
let recordedAppsFile;

/** @param {string} dataDir */
const appsFileOf = (dataDir) => path.join(dataDir, 'launcher-apps.json');

/**
 * Remembers the app processes so that a launcher killed without its shutdown (kill -9) does not
 * leave an API holding the port forever: the next start stops them.
 * @param {string} dataDir
 * @param {{ name: string, pid: number | undefined }[]} apps
 */
function recordApps(dataDir, apps) {
  const record = { launcherPid: process.pid, apps: apps.map(({ name, pid }) => ({ name, pid })) };
  recordedAppsFile = appsFileOf(dataDir);
  fs.writeFileSync(recordedAppsFile, JSON.stringify(record, null, 2) + '\n');
}

/** @param {string} dataDir */
async function stopLeftoverApps(dataDir) {
  /** @type {{ launcherPid?: number, apps?: { name: string, pid?: number }[] }} */
  let record;
  try {
    record = JSON.parse(fs.readFileSync(appsFileOf(dataDir), 'utf8'));
  } catch {
    return;
  }
  if (isAlive(record.launcherPid)) return; // another launcher on this DATA_DIR runs them
  for (const { name, pid } of record.apps ?? []) {
    if (!pid || !isAlive(pid) || !commandLineOf(pid).includes(path.join('dist', 'apps'))) continue;
    say(`stopping ${name} (pid ${pid}) left running by a launcher that was killed`);
    try {
      process.kill(-pid, 'SIGTERM');
    } catch {
      // gone meanwhile
    }
    for (let waited = 0; waited < 10_000 && isAlive(pid); waited += 100) await sleep(100);
    if (isAlive(pid)) process.kill(-pid, 'SIGKILL');
  }
  fs.rmSync(appsFileOf(dataDir), { force: true });
}

/** @param {number} pid */
function commandLineOf(pid) {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
  } catch {
    return '';
  }
}

/** @param {{ code: number | null, signal: string | null, error?: Error }} result */
const describeExit = (result) =>
  result.error
    ? `could not start: ${result.error.message}`
    : result.signal
      ? `was killed by ${result.signal}`
      : `exited with code ${result.code}`;

/**
 * Stops the apps first, then the database and Redis they use (only what this process started),
 * and exits with `code`.
 * @param {number} code
 * @param {string} [reason]
 * @returns {Promise<never>}
 */
async function shutdown(code, reason) {
  if (!stopping) {
    stopping = true;
    if (reason) say(reason);
    await Promise.all(runningChildren().map((child) => child.stop()));
    if (recordedAppsFile) fs.rmSync(recordedAppsFile, { force: true });
    const services = await servicesStarting?.catch(() => undefined);
    await services?.stop();
    say(code === 0 ? 'stopped' : 'stopped after a failure');
    process.exit(code);
  }
  return new Promise(() => undefined); // the first call exits the process
}

async function main() {
  const { servicesOnly, noBuild } = parseArgs(process.argv.slice(2));
  const settings = readSettings();

  // Ctrl-C arrives twice at once: from the terminal and forwarded by npm. Only a signal a second
  // later is the impatient "stop now".
  let firstSignalAt = 0;
  for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM', 'SIGHUP'])) {
    process.on(signal, () => {
      firstSignalAt ||= Date.now();
      if (Date.now() - firstSignalAt > 1000) {
        say('second signal: exiting now (PostgreSQL/Redis left running are reused next time)');
        process.exit(130);
      }
      void shutdown(0, `${signal} received: stopping`);
    });
  }
  // While nothing else holds the event loop (reused services, waiting for Ctrl-C).
  setInterval(() => undefined, 1 << 30);

  if (!servicesOnly) await stopLeftoverApps(settings.dataDir);
  if (!servicesOnly && !(await isPortFree(settings.port))) {
    say(`port ${settings.port} is already in use (another npm start?): stop that, or set PORT`);
    process.exit(1);
  }

  servicesStarting = provideServices(settings);
  let services;
  try {
    services = await servicesStarting;
  } catch (error) {
    return shutdown(1, error instanceof Error ? error.message : String(error));
  }
  if (stopping) return shutdown(0);

  if (servicesOnly) {
    process.stdout.write(
      `\nDATABASE_URL=${services.databaseUrl}\nREDIS_URL=${services.redisUrl}\n\nPress Ctrl-C to stop.\n`,
    );
    return;
  }

  if (noBuild) {
    if (!fs.existsSync(API_MAIN) || !fs.existsSync(WORKER_MAIN)) {
      return shutdown(
        1,
        `--no-build: ${path.relative(REPO_ROOT, API_MAIN)} or the worker's is missing`,
      );
    }
  } else if (!(await buildProjects(['api', 'worker', 'web']))) {
    return shutdown(1);
  }
  if (stopping) return shutdown(0);

  const env = appEnv(settings, services);
  say('migrating the database');
  const migrate = await runApiCommand('migrate', ['migrate'], env);
  if (stopping) return shutdown(0);
  if (migrate.code !== 0) return shutdown(1, `migrate failed (exit code ${migrate.code})`);

  /** @type {string[]} */
  let seedOutput = [];
  if (settings.nodeEnv !== 'production') {
    const seed = await runApiCommand('seed-demo', ['seed-demo'], env, { captureStdout: true });
    if (stopping) return shutdown(0);
    if (seed.code !== 0) return shutdown(1, `seed-demo failed (exit code ${seed.code})`);
    seedOutput = seed.stdoutLines;
  }

  const apps = [
    startChild('api', process.execPath, [API_MAIN], { cwd: REPO_ROOT, env }),
    startChild('worker', process.execPath, [WORKER_MAIN], { cwd: REPO_ROOT, env }),
  ];
  recordApps(settings.dataDir, apps);
  /** @type {string | undefined} */
  let crashed;
  for (const app of apps) {
    void app.done.then((result) => {
      if (stopping) return;
      crashed = `${app.name} ${describeExit(result)}: stopping everything`;
      void shutdown(1, crashed);
    });
  }

  try {
    await waitForHealth(settings.port, () => crashed ?? (stopping ? 'stopping' : undefined));
  } catch (error) {
    if (stopping) return shutdown(0);
    return shutdown(1, error instanceof Error ? error.message : String(error));
  }
  printBanner(
    settings,
    settings.nodeEnv === 'production' ? undefined : demoAccounts(settings.dataDir, seedOutput),
  );
}

main().catch((error) =>
  shutdown(
    1,
    `launcher error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
  ),
);
