#!/usr/bin/env node
// Scale-out check: the built API and worker (dist/) run as 2 API processes and 3 worker processes on
// one PostgreSQL and one Redis. Employees are enrolled concurrently through both APIs (every NIP
// twice, once per API, at the same moment) into a class with fewer seats than people, and the class's
// certificates are issued while one worker is stopped with SIGTERM. The outcome is compared with the
// same scenario on 1 API + 1 worker: no duplicate enrollments, no overbooking, one certificate per
// completed enrollment, gap-free numbers, nothing lost by the stopped worker.
//
//   node tools/scale-out/scale-out-check.mjs [--skip-build]
//
// Needs PostgreSQL (TEST_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/postgres) and Redis
// (TEST_REDIS_URL, default redis://127.0.0.1:6379). Parts of the contract not built yet are reported
// as skipped, never as passed.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import pg from 'pg';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const API_MAIN = join(ROOT, 'dist/apps/api/main.js');
const WORKER_MAIN = join(ROOT, 'dist/apps/worker/main.js');
const ADMIN_DB = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const DEMO_PASSWORD = 'scale-out-check-1';
const PEOPLE = 30;
const CAPACITY = 10;
const ISSUE_TIMEOUT_MS = 120_000;

const results = [];
const record = (status, name, detail = '') => {
  results.push({ status, name, detail });
  console.log(
    `${status === 'pass' ? 'ok  ' : status === 'skip' ? 'skip' : 'FAIL'} ${name}${detail ? ` — ${detail}` : ''}`,
  );
};
const check = (name, ok, detail) => record(ok ? 'pass' : 'fail', name, detail);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function freePort() {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => res(port));
    });
    srv.on('error', rej);
  });
}

async function createDatabase() {
  const name = `lms_scaleout_${process.pid}_${randomBytes(3).toString('hex')}`;
  const admin = new pg.Client({ connectionString: ADMIN_DB });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(ADMIN_DB);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: ADMIN_DB });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

/** One stack: its own database, Redis prefix and data dir; `apis` API and `workers` worker processes. */
async function startStack(label, apis, workers) {
  const db = await createDatabase();
  const dataDir = mkdtempSync(join(tmpdir(), `lms-scaleout-${label}-`));
  const log = createWriteStream(join(dataDir, 'processes.log'));
  const base = {
    ...process.env,
    DATABASE_URL: db.url,
    REDIS_URL,
    REDIS_PREFIX: `lms-scaleout-${label}-${randomBytes(3).toString('hex')}`,
    DATA_DIR: dataDir,
    JWT_SECRET: randomBytes(32).toString('hex'),
    DEMO_PASSWORD,
    WEB_DIST_DIR: join(dataDir, 'no-web'),
    LOG_FORMAT: 'json',
    LOG_LEVEL: 'warn',
  };
  const run = (args, env) =>
    spawnSync(process.execPath, args, { env: { ...base, ...env }, cwd: ROOT, encoding: 'utf8' });
  const migrated = run([API_MAIN, 'migrate'], {
    NODE_ENV: 'production',
    PUBLIC_URL: 'https://lms.test',
  });
  if (migrated.status !== 0)
    throw new Error(`migrate failed: ${migrated.stderr || migrated.stdout}`);
  // Demo data (regions, agencies, employees, accounts) is refused in production: load it first.
  const seeded = run([API_MAIN, 'seed-demo'], { NODE_ENV: 'development' });
  if (seeded.status !== 0) throw new Error(`seed-demo failed: ${seeded.stderr || seeded.stdout}`);

  const children = [];
  const spawnChild = (name, args, env) => {
    const child = spawn(process.execPath, args, {
      env: { ...base, NODE_ENV: 'production', PUBLIC_URL: 'https://lms.test', ...env },
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (d) => log.write(`[${name}] ${d}`));
    child.stderr.on('data', (d) => log.write(`[${name}] ${d}`));
    child.exited = new Promise((r) => child.on('exit', (code, signal) => r({ code, signal })));
    children.push(child);
    return child;
  };
  const urls = [];
  for (let i = 0; i < apis; i += 1) {
    const port = await freePort();
    spawnChild(`api-${i + 1}`, [API_MAIN, 'serve'], {
      PORT: String(port),
      HOST: '127.0.0.1',
      RATE_LIMIT_PER_MINUTE: '1000000',
      PUBLIC_RATE_LIMIT_PER_MINUTE: '1000000',
      SHUTDOWN_GRACE_MS: '0',
    });
    urls.push(`http://127.0.0.1:${port}`);
  }
  const workerProcs = [];
  for (let i = 0; i < workers; i += 1)
    workerProcs.push(spawnChild(`worker-${i + 1}`, [WORKER_MAIN], {}));
  for (const url of urls) {
    const deadline = Date.now() + 30_000;
    for (;;) {
      const ok = await fetch(`${url}/health`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) break;
      if (Date.now() > deadline)
        throw new Error(`${url} not ready; see ${join(dataDir, 'processes.log')}`);
      await sleep(200);
    }
  }
  return {
    label,
    urls,
    workerProcs,
    dataDir,
    dbUrl: db.url,
    async stop() {
      for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGTERM');
      await Promise.race([Promise.all(children.map((c) => c.exited)), sleep(15_000)]);
      for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
      log.end();
      await db.drop();
      if (!process.env.KEEP_SCALE_OUT_DATA) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function gql(url, query, variables = {}, token) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json().catch(() => ({}));
  return { status: res.status, data: body.data, errors: body.errors };
}

async function must(url, query, variables, token) {
  const res = await gql(url, query, variables, token);
  if (res.errors?.length)
    throw new Error(`${query.split('(')[0].trim()}: ${JSON.stringify(res.errors)}`);
  return res.data;
}

/** An operation is "built" when the schema knows its field. */
async function exists(url, token, field, probe) {
  const res = await gql(url, probe, {}, token);
  return !(res.errors ?? []).some((e) => e.message?.includes(`Cannot query field "${field}"`));
}

const isoDay = (offset) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** Runs the scenario on a stack and returns what came out, for comparison. */
async function scenario(stack, { stopAWorker }) {
  const [a, b = a] = stack.urls;
  const token = (
    await must(a, 'mutation($u:String!,$p:String!){login(username:$u,password:$p){accessToken}}', {
      u: 'admin',
      p: DEMO_PASSWORD,
    })
  ).login.accessToken;
  const out = { label: stack.label };

  const regions = (await must(a, '{ regions { id code } }', {}, token)).regions;
  const page = await must(
    a,
    'query{ employees(first: 100) { edges { node { nip agency { region { id } } } } } }',
    {},
    token,
  );
  const region = regions[0].id;
  const nips = page.employees.edges
    .map((e) => e.node)
    .filter((n) => n.agency.region.id === region)
    .map((n) => n.nip)
    .slice(0, PEOPLE);
  if (nips.length < PEOPLE)
    throw new Error(`the demo data has only ${nips.length} employees in ${regions[0].code}`);

  for (const [field, probe] of [
    ['createCourse', 'mutation { createCourse { id } }'],
    ['scheduleTraining', 'mutation { scheduleTraining { id } }'],
    ['enrollEmployees', 'mutation { enrollEmployees { id } }'],
  ]) {
    if (!(await exists(a, token, field, probe))) {
      record('skip', `${stack.label}: enrollment`, `${field} is not built yet`);
      return out;
    }
  }
  const course = (
    await must(
      a,
      'mutation($i: CreateCourseInput!){ createCourse(input: $i) { id } }',
      {
        i: {
          code: `SCALE-${randomBytes(3).toString('hex')}`,
          title: 'Keamanan Siber Dasar',
          competency: 'TECHNICAL',
          digital: true,
          jp: 12,
          regionId: region,
        },
      },
      token,
    )
  ).createCourse;
  // A class already held (organizers may record past classes): attendance and completion are allowed.
  const training = (
    await must(
      a,
      'mutation($i: ScheduleTrainingInput!){ scheduleTraining(input: $i) { id } }',
      {
        i: {
          courseId: course.id,
          title: 'Bimtek Keamanan Siber Angkatan I',
          startDate: isoDay(-12),
          endDate: isoDay(-10),
          capacity: CAPACITY,
          minAttendanceRate: 0.8,
        },
      },
      token,
    )
  ).scheduleTraining;

  // Every NIP through both APIs at the same moment.
  const ENROLL =
    'mutation($t: ID!, $n: [String!]!){ enrollEmployees(trainingId: $t, nips: $n) { id status } }';
  const calls = nips.flatMap((nip) => [
    gql(a, ENROLL, { t: training.id, n: [nip] }, token),
    gql(b, ENROLL, { t: training.id, n: [nip] }, token),
  ]);
  const answers = await Promise.all(calls);
  out.enrollServerErrors = answers.filter(
    (r) => r.status >= 500 || r.errors?.some((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR'),
  ).length;

  const ROSTER =
    'query($id: ID!){ training(id: $id) { capacity enrollments { id status employee { nip } } } }';
  let roster = (await must(a, ROSTER, { id: training.id }, token)).training;
  const perNip = new Map();
  for (const e of roster.enrollments)
    perNip.set(e.employee.nip, (perNip.get(e.employee.nip) ?? 0) + 1);
  out.enrolled = perNip.size;
  out.duplicates = [...perNip.values()].filter((n) => n > 1).length;
  out.confirmed = roster.enrollments.filter((e) => e.status === 'CONFIRMED').length;
  out.waitlisted = roster.enrollments.filter((e) => e.status === 'WAITLISTED').length;

  for (const [field, probe] of [
    ['recordAttendance', 'mutation { recordAttendance { id } }'],
    ['completeTraining', 'mutation { completeTraining { id } }'],
    ['issueCertificates', 'mutation { issueCertificates { id } }'],
    ['certificateIssuance', '{ certificateIssuance { id } }'],
  ]) {
    if (!(await exists(a, token, field, probe))) {
      record('skip', `${stack.label}: certificates`, `${field} is not built yet`);
      return out;
    }
  }
  const present = roster.enrollments
    .filter((e) => e.status === 'CONFIRMED')
    .map((e) => e.employee.nip);
  for (const day of [-12, -11, -10]) {
    // Alternate APIs: attendance written through either process lands in the same place.
    await must(
      day % 2 ? a : b,
      'mutation($t: ID!, $d: Date!, $n: [String!]!){ recordAttendance(trainingId: $t, date: $d, nips: $n) { id } }',
      { t: training.id, d: isoDay(day), n: present },
      token,
    );
  }
  const completed = (
    await must(
      b,
      'mutation($t: ID!){ completeTraining(trainingId: $t) { id status } }',
      { t: training.id },
      token,
    )
  ).completeTraining;
  out.completed = completed.filter((e) => e.status === 'COMPLETED').length;

  // Asked twice, through both APIs at once: one issuance, one certificate each.
  const ISSUE = 'mutation($t: ID!){ issueCertificates(trainingId: $t) { id status total } }';
  const issued = await Promise.all([
    gql(a, ISSUE, { t: training.id }, token),
    gql(b, ISSUE, { t: training.id }, token),
  ]);
  const issuance = issued.find((r) => r.data)?.data.issueCertificates;
  if (!issuance)
    throw new Error(`issueCertificates failed: ${JSON.stringify(issued.map((r) => r.errors))}`);
  out.issueServerErrors = issued.filter((r) => r.status >= 500).length;

  let stopped;
  const deadline = Date.now() + ISSUE_TIMEOUT_MS;
  let state = issuance;
  for (;;) {
    state = (
      await must(
        a,
        'query($id: ID!){ certificateIssuance(id: $id) { status total issued failed } }',
        { id: issuance.id },
        token,
      )
    ).certificateIssuance;
    if (stopAWorker && !stopped && (state.issued > 0 || state.status === 'RUNNING')) {
      // SIGTERM mid-issuance: the worker finishes its active job and exits; the rest goes on elsewhere.
      const worker = stack.workerProcs[0];
      worker.kill('SIGTERM');
      stopped = await Promise.race([
        worker.exited,
        sleep(60_000).then(() => ({ code: 'timeout' })),
      ]);
    }
    if (['DONE', 'FAILED'].includes(state.status) || Date.now() > deadline) break;
    await sleep(300);
  }
  out.issuance = state;
  out.stoppedWorker = stopped;
  roster = (await must(b, ROSTER, { id: training.id }, token)).training;
  // The database is the ground truth (unique constraints aside, it shows every row ever written).
  const certs =
    (await dbQuery(
      stack,
      `SELECT id, code, number, enrollment_id AS "enrollmentId", rendered_at IS NOT NULL AS rendered
         FROM certificates WHERE training_id = '${training.id}' ORDER BY seq`,
    )) ?? [];
  const completedIds = new Set(
    roster.enrollments.filter((e) => e.status === 'COMPLETED').map((e) => e.id),
  );
  out.certificates = certs.length;
  out.uniqueCertificates = new Set(certs.map((c) => c.enrollmentId)).size;
  out.uniqueNumbers = new Set(certs.map((c) => c.number)).size;
  out.uniqueCodes = new Set(certs.map((c) => c.code)).size;
  out.rendered = certs.filter((c) => c.rendered).length;
  out.completedWithout = [...completedIds].filter(
    (id) => !certs.some((c) => c.enrollmentId === id),
  ).length;
  out.numberShape = certs[0]?.number.replace(/\d/g, '9');
  out.gapFree = gapFree(certs.map((c) => c.number));
  // What clients see must agree: the contract's Enrollment.certificate, when it is built.
  const seen = await gql(
    b,
    'query($id: ID!){ training(id: $id) { enrollments { id certificate { id number } } } }',
    { id: training.id },
    token,
  );
  if (seen.errors?.some((e) => e.message.includes('Cannot query field "certificate"'))) {
    record(
      'skip',
      `${stack.label}: Enrollment.certificate`,
      'not built yet; certificates read from the database',
    );
  } else {
    const shown = (seen.data?.training.enrollments ?? []).filter((e) => e.certificate);
    out.shownCertificates = shown.length;
  }
  return out;
}

/** The part of the numbers that differs is the sequence: it must run 1..n (or k..k+n-1) without holes. */
function gapFree(numbers) {
  if (numbers.length < 2) return numbers.length === 1;
  let prefix = 0;
  while (numbers.every((n) => n[prefix] === numbers[0][prefix])) prefix += 1;
  let suffix = 0;
  while (
    numbers.every((n) => n[n.length - 1 - suffix] === numbers[0][numbers[0].length - 1 - suffix])
  )
    suffix += 1;
  const seqs = numbers
    .map((n) => Number(n.slice(prefix, n.length - suffix).replace(/^\D+|\D+$/g, '')))
    .sort((x, y) => x - y);
  return seqs.every((s, i) => i === 0 || s === seqs[i - 1] + 1);
}

async function dbQuery(stack, sql) {
  const url = stack.dbUrl;
  if (!url) return null;
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(sql)).rows;
  } catch {
    return null;
  } finally {
    await c.end();
  }
}

async function main() {
  if (!process.argv.includes('--skip-build') || !existsSync(API_MAIN) || !existsSync(WORKER_MAIN)) {
    console.log('building api and worker (production; Nx reuses an unchanged build)');
    const nx = spawnSync(
      process.execPath,
      [
        createRequire(join(ROOT, 'package.json')).resolve('nx/bin/nx.js'),
        'run-many',
        '-t',
        'build',
        '-p',
        'api',
        'worker',
        '--configuration=production',
      ],
      {
        cwd: ROOT,
        stdio: 'inherit',
        env: { ...process.env, NX_TUI: 'false', NX_DAEMON: 'false', NX_NO_CLOUD: 'true' },
      },
    );
    if (nx.status !== 0) throw new Error('the build failed');
  }

  const runs = [];
  for (const [label, apis, workers, stopAWorker] of [
    ['single', 1, 1, false],
    ['scaled', 2, 3, true],
  ]) {
    const stack = await startStack(label, apis, workers);
    try {
      console.log(`${label}: ${apis} API + ${workers} worker processes up`);
      runs.push(await scenario(stack, { stopAWorker }));
    } finally {
      await stack.stop();
    }
  }
  const [one, many] = runs;
  for (const run of runs) {
    if (run.enrolled === undefined) continue;
    check(
      `${run.label}: every NIP enrolled once, no duplicates`,
      run.enrolled === PEOPLE && run.duplicates === 0,
      `${run.enrolled} people, ${run.duplicates} duplicated`,
    );
    check(
      `${run.label}: no overbooking`,
      run.confirmed === CAPACITY && run.waitlisted === PEOPLE - CAPACITY,
      `${run.confirmed} confirmed, ${run.waitlisted} waitlisted, capacity ${CAPACITY}`,
    );
    check(
      `${run.label}: no server errors while enrolling`,
      run.enrollServerErrors === 0,
      `${run.enrollServerErrors}`,
    );
    if (run.issuance === undefined) continue;
    check(
      `${run.label}: issuance finished`,
      run.issuance.status === 'DONE' && run.issuance.failed === 0,
      JSON.stringify(run.issuance),
    );
    check(
      `${run.label}: one certificate per completed enrollment`,
      run.completed > 0 && run.certificates === run.completed && run.completedWithout === 0,
      `${run.certificates} certificates for ${run.completed} completed`,
    );
    check(
      `${run.label}: no duplicate certificates, numbers or codes`,
      run.uniqueCertificates === run.certificates &&
        run.uniqueNumbers === run.certificates &&
        run.uniqueCodes === run.certificates,
    );
    check(`${run.label}: gap-free numbers`, run.gapFree === true);
    check(
      `${run.label}: every certificate rendered (PDF stored, hash set)`,
      run.rendered === run.certificates,
      `${run.rendered} of ${run.certificates}`,
    );
    if (run.shownCertificates !== undefined) {
      check(
        `${run.label}: Enrollment.certificate shows every certificate`,
        run.shownCertificates === run.certificates,
      );
    }
  }
  if (many?.issuance && !many.stoppedWorker) {
    record(
      'skip',
      'scaled: a worker stopped mid-issuance',
      'the issuance finished before the first poll',
    );
  }
  if (many?.stoppedWorker) {
    const s = many.stoppedWorker;
    check(
      'scaled: a worker stopped with SIGTERM mid-issuance exits cleanly',
      s.code === 0 || s.signal === 'SIGTERM',
      JSON.stringify(s),
    );
  }
  if (one?.enrolled !== undefined && many?.enrolled !== undefined) {
    const keys = [
      'enrolled',
      'duplicates',
      'confirmed',
      'waitlisted',
      'completed',
      'certificates',
      'numberShape',
      'gapFree',
    ];
    const diff = keys.filter((k) => one[k] !== many[k]);
    check(
      '2 APIs + 3 workers give the same results as 1 + 1',
      diff.length === 0,
      diff.map((k) => `${k}: ${one[k]} vs ${many[k]}`).join(', '),
    );
  }
  const failed = results.filter((r) => r.status === 'fail').length;
  const passed = results.filter((r) => r.status === 'pass').length;
  const skipped = results.filter((r) => r.status === 'skip').length;
  console.log(`scale-out: ${passed} passed, ${failed} failed, ${skipped} skipped`);
  process.exit(failed ? 1 : 0);
}

main().catch((error) => {
  console.error(`scale-out check could not run: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
