/**
 * `npm run bench:certificates`: issues the certificates of one 10,000-person class end to end (the
 * API's issueCertificates, BullMQ, real worker processes, PostgreSQL, files) and, in the same run,
 * renders the same template with bare pdfkit in this process. Prints both rates and their ratio.
 *
 *   BENCH_CLASS_SIZE (10000)  BENCH_WORKERS (2)  BENCH_BARE_COUNT (1500)
 *   BENCH_DATABASE_URL (postgres://postgres@127.0.0.1:5432/postgres: a throwaway database is made)
 *   BENCH_REDIS_URL (redis://127.0.0.1:6379: keys under a throwaway prefix, removed afterwards)
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import {
  CertificateIssuanceService,
  CertificateRenderer,
  CertificationModule,
  loadIssueContexts,
} from '@lms/server/certification';
import {
  AccessScope,
  AuditModule,
  AuthCoreModule,
  ConfigModule,
  DatabaseModule,
  QueueInfraModule,
  RedisModule,
  runMigrations,
} from '@lms/server/core';
import { Gender, generateNip } from '@lms/shared/domain';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Redis } from 'ioredis';
import { Client } from 'pg';
import { DataSource } from 'typeorm';

import { DATABASE_PARTS } from '../../apps/api/src/app/database-parts';

const ROOT = resolve(__dirname, '../..');
const WORKER_MAIN = join(ROOT, 'dist/apps/worker/main.js');
const CLASS_SIZE = Number(process.env['BENCH_CLASS_SIZE'] ?? 10_000);
const WORKERS = Number(process.env['BENCH_WORKERS'] ?? 2);
const BARE_COUNT = Number(process.env['BENCH_BARE_COUNT'] ?? 1_500);
const ADMIN_URL =
  process.env['BENCH_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = process.env['BENCH_REDIS_URL'] ?? 'redis://127.0.0.1:6379';
const GOAL_SECONDS = 60;
const GOAL_RATIO = 0.85;

const log = (line: string) => process.stdout.write(`${line}\n`);
const seconds = (ms: number) => (ms / 1000).toFixed(1);

async function createDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `lms_bench_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new Client({ connectionString: ADMIN_URL });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

/** The class and its COMPLETED enrollments, written with SQL for speed (the training flow is not measured). */
async function seedClass(url: string, size: number): Promise<string> {
  const db = new Client({ connectionString: url });
  await db.connect();
  try {
    const [{ id: regionId }] = (
      await db.query(
        `INSERT INTO regions (code, name, type) VALUES ('35.15', 'Kabupaten Sidoarjo', 'REGENCY') RETURNING id`,
      )
    ).rows;
    const [{ id: agencyId }] = (
      await db.query(
        `INSERT INTO agencies (region_id, code, name, path, depth) VALUES ($1, 'BENCH-KOMINFO', 'Dinas Komunikasi dan Informatika', '', 0) RETURNING id`,
        [regionId],
      )
    ).rows;
    const nips = Array.from({ length: size }, (_, i) =>
      generateNip({
        birthDate: new Date(Date.UTC(1965, 0, 1) + Math.floor(i / 999) * 86_400_000)
          .toISOString()
          .slice(0, 10),
        appointment: '1990-03',
        gender: i % 2 ? Gender.FEMALE : Gender.MALE,
        sequence: (i % 999) + 1,
      }),
    );
    const first = [
      'Ahmad',
      'Siti',
      'Budi',
      'Ni Putu',
      'I Gede',
      'Dewi',
      'Muhammad',
      'Sri',
      'Yohanes',
      'Fransiska',
    ];
    const last = [
      'Santoso',
      'Rahmawati',
      'Wahyuningsih',
      'Simanjuntak',
      'Pratama',
      'Nasution',
      'Saragih',
      'Hidayat',
    ];
    await db.query(
      `INSERT INTO employees (nip, full_name, agency_id, region_id, grade, position_title, employment_type)
       SELECT n, f, $2, $3, 'III/b', 'Analis Kebijakan Ahli Muda', 'PNS' FROM unnest($1::text[], $4::text[]) AS u(n, f)`,
      [
        nips,
        agencyId,
        regionId,
        nips.map(
          (_, i) => `${first[i % first.length]} ${last[(i * 7) % last.length]} ${i + 1}, S.Kom.`,
        ),
      ],
    );
    const [{ id: courseId }] = (
      await db.query(
        `INSERT INTO courses (region_id, code, title, competency, level, digital, jp, delivery, status)
         VALUES ($1, 'BENCH-TD', 'Transformasi Digital Pemerintahan', 'TECHNICAL', 3, true, 32, 'FACE_TO_FACE', 'PUBLISHED') RETURNING id`,
        [regionId],
      )
    ).rows;
    const [{ id: trainingId }] = (
      await db.query(
        `INSERT INTO trainings (region_id, course_id, title, mode, venue, start_date, end_date, time_zone, capacity,
            registration_closes_at, min_attendance_rate, status, completed_at)
         VALUES ($1, $2, 'Bimtek Transformasi Digital Angkatan Besar', 'FACE_TO_FACE', 'GOR Delta Sidoarjo',
            current_date - 5, current_date - 2, 'Asia/Jakarta', $3, now() - interval '6 days', 0.8, 'COMPLETED', now())
         RETURNING id`,
        [regionId, courseId, size],
      )
    ).rows;
    await db.query(
      `INSERT INTO enrollments (training_id, employee_id, status, source, attendance_rate, completed_at)
       SELECT $1, id, 'COMPLETED', 'ORGANIZER', 1, now() FROM employees WHERE region_id = $2`,
      [trainingId, regionId],
    );
    return trainingId;
  } finally {
    await db.end();
  }
}

/** CPU time (user + system) a process has used so far, from /proc (Linux), in milliseconds. */
function cpuMsOf(pid: number | undefined): number {
  if (!pid) return 0;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    // utime and stime are fields 14 and 15 of stat(5), counted after the ") " here from field 3.
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return 0;
  }
}

const CLOCK_TICKS = 100;

/** used_cpu_user + used_cpu_sys of the Redis server, in seconds. */
async function redisCpuSeconds(): Promise<number> {
  const redis = new Redis(REDIS_URL);
  try {
    const info = await redis.info('cpu');
    const read = (name: string) => Number(new RegExp(`${name}:([0-9.]+)`).exec(info)?.[1] ?? 0);
    return read('used_cpu_user') + read('used_cpu_sys');
  } finally {
    redis.disconnect();
  }
}

function startWorker(env: NodeJS.ProcessEnv): Promise<ChildProcess> {
  return new Promise((ready, fail) => {
    const child = spawn(process.execPath, [WORKER_MAIN], {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      if (/Worker \d+ ready/.test(out)) ready(child);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => fail(new Error(`worker exited with ${code}: ${out}`)));
  });
}

@Module({
  imports: [
    ConfigModule,
    DatabaseModule.forRoot(DATABASE_PARTS),
    RedisModule,
    AuthCoreModule,
    QueueInfraModule,
    AuditModule,
    CertificationModule,
  ],
})
class BenchApiModule {}

async function main(): Promise<void> {
  log(
    `Certificates benchmark: a class of ${CLASS_SIZE}, ${WORKERS} worker process(es), ${BARE_COUNT} bare renders`,
  );
  log(
    `Load average before the run: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')} (other work on the machine skews both rates)`,
  );
  log('Building the worker (nx build worker) ...');
  execFileSync('npx', ['nx', 'build', 'worker'], {
    cwd: ROOT,
    stdio: 'ignore',
    env: { ...process.env, NX_DAEMON: 'false', NX_TUI: 'false' },
  });

  const db = await createDatabase();
  const dataDir = mkdtempSync(join(tmpdir(), 'lms-bench-'));
  const prefix = `lms-bench-${randomBytes(4).toString('hex')}`;
  const env = {
    ...process.env,
    NODE_ENV: 'test',
    // The workers' readiness line is logged at info.
    LOG_LEVEL: 'info',
    DATABASE_URL: db.url,
    REDIS_URL,
    REDIS_PREFIX: prefix,
    DATA_DIR: dataDir,
    JWT_SECRET: randomBytes(32).toString('hex'),
    PUBLIC_URL: 'https://lms.sidoarjokab.go.id',
  };
  Object.assign(process.env, env);
  const workers: ChildProcess[] = [];
  let api: Awaited<ReturnType<typeof NestFactory.createApplicationContext>> | undefined;
  try {
    await runMigrations(db.url, DATABASE_PARTS);
    let t0 = Date.now();
    const trainingId = await seedClass(db.url, CLASS_SIZE);
    log(`Seeded ${CLASS_SIZE} COMPLETED enrollments in ${seconds(Date.now() - t0)} s`);

    api = await NestFactory.createApplicationContext(BenchApiModule, { logger: ['error', 'warn'] });
    const dataSource = api.get(DataSource);

    // Bare pdfkit: the same renderer and template, the class's own data, no queue, database or files.
    const ids: { id: string }[] = await dataSource.query(
      `SELECT id FROM enrollments WHERE training_id = $1 ORDER BY id LIMIT $2`,
      [trainingId, BARE_COUNT],
    );
    const contexts = [
      ...(
        await loadIssueContexts(
          dataSource.manager,
          ids.map((r) => r.id),
        )
      ).values(),
    ];
    const renderer = new CertificateRenderer();
    const inputs = contexts.map((c, i) => {
      const code = randomBytes(18).toString('base64url');
      return {
        content: c.content,
        number: `800/${String(i + 1).padStart(4, '0')}/BKPSDM/2026`,
        code,
        issuedOn: '2026-03-14',
        verifyUrl: `https://lms.sidoarjokab.go.id/verify/${code}`,
        logo: null,
      };
    });
    for (const input of inputs.slice(0, 50)) await renderer.render(input);
    t0 = Date.now();
    const cpu0 = process.cpuUsage();
    let bytes = 0;
    for (const input of inputs) bytes += (await renderer.render(input)).length;
    const bareMs = Date.now() - t0;
    const bareCpu = process.cpuUsage(cpu0);
    const bareCpuMs = (bareCpu.user + bareCpu.system) / 1000 / inputs.length;
    const bareRate = inputs.length / (bareMs / 1000);
    log(
      `Bare pdfkit: ${inputs.length} PDFs in ${seconds(bareMs)} s = ${bareRate.toFixed(1)} PDF/s (one thread, ${bareCpuMs.toFixed(2)} ms CPU and ${(bytes / inputs.length / 1024).toFixed(1)} kB each)`,
    );

    for (let i = 0; i < WORKERS; i++) workers.push(await startWorker(env));
    log(`${WORKERS} worker process(es) ready`);

    const workerCpu0 = workers.reduce((sum, w) => sum + cpuMsOf(w.pid), 0);
    const redisCpu0 = await redisCpuSeconds();
    const issuances = api.get(CertificateIssuanceService);
    const scope = AccessScope.system();
    t0 = Date.now();
    const issuance = await issuances.issue(trainingId, scope);
    const enqueuedMs = Date.now() - t0;
    let progress = issuance;
    let lastPrint = 0;
    while (progress.status === 'QUEUED' || progress.status === 'RUNNING') {
      await new Promise((r) => setTimeout(r, 250));
      progress = await issuances.get(issuance.id, scope);
      if (Date.now() - lastPrint > 5000) {
        lastPrint = Date.now();
        log(
          `  ${seconds(Date.now() - t0)} s: ${progress.issued}/${progress.total} issued, ${progress.failed} failed`,
        );
      }
    }
    const e2eMs = Date.now() - t0;
    const e2eRate = progress.issued / (e2eMs / 1000);
    // The database backends of this benchmark's database (the workers' pools, this process's),
    // and the whole Redis server (shared with whatever else runs on it).
    const backends: { pid: number }[] = await dataSource.query(
      `SELECT pid FROM pg_stat_activity WHERE datname = current_database()`,
    );
    const postgresCpuMs =
      backends.reduce((sum, b) => sum + cpuMsOf(b.pid), 0) / Math.max(1, progress.issued);
    const redisCpuMs =
      (((await redisCpuSeconds()) - redisCpu0) * 1000) / Math.max(1, progress.issued);
    const workerCpuMs =
      (workers.reduce((sum, w) => sum + cpuMsOf(w.pid), 0) - workerCpu0) /
      Math.max(1, progress.issued);

    const [check] = await dataSource.query(
      `SELECT count(*)::int AS certificates, count(sha256)::int AS rendered,
              min(seq)::int AS min_seq, max(seq)::int AS max_seq, count(DISTINCT seq)::int AS distinct_seq
         FROM certificates WHERE training_id = $1`,
      [trainingId],
    );
    log(
      `End to end: ${progress.issued} issued (${progress.failed} failed, status ${progress.status}) in ${seconds(e2eMs)} s = ${e2eRate.toFixed(1)} certificates/s (queueing took ${seconds(enqueuedMs)} s)`,
    );
    log(
      `Check: ${check.certificates} certificates, ${check.rendered} with a stored PDF, numbers ${check.min_seq}..${check.max_seq} (${check.distinct_seq} distinct)`,
    );
    const ratio = e2eRate / bareRate;
    log('');
    log(`bare pdfkit rate        ${bareRate.toFixed(1)} PDF/s`);
    log(`end-to-end rate         ${e2eRate.toFixed(1)} certificates/s`);
    log(`ratio end-to-end / bare ${ratio.toFixed(2)}  (goal >= ${GOAL_RATIO})`);
    log(
      `CPU per certificate: workers ${workerCpuMs.toFixed(2)} ms (bare render ${bareCpuMs.toFixed(2)} ms), PostgreSQL ${postgresCpuMs.toFixed(2)} ms, Redis ${redisCpuMs.toFixed(2)} ms (whole server)`,
    );
    log(
      `10,000-class time       ${seconds(e2eMs * (10_000 / CLASS_SIZE))} s  (goal <= ${GOAL_SECONDS} s)`,
    );
    const gapFree =
      check.certificates === CLASS_SIZE &&
      check.min_seq === 1 &&
      check.max_seq === CLASS_SIZE &&
      check.distinct_seq === CLASS_SIZE;
    if (!gapFree || progress.status !== 'DONE') {
      log('FAILED: not every enrollment got exactly one certificate with gap-free numbers');
      process.exitCode = 1;
    }
  } finally {
    for (const w of workers) w.kill('SIGTERM');
    await api?.close();
    const redis = new Redis(REDIS_URL);
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length) await redis.del(...keys);
    } while (cursor !== '0');
    await redis.quit();
    await db.drop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
