/**
 * `npm run bench:enrollment`: enrollments per second through GraphQL under concurrency.
 *
 * A child process boots the real API (bench-api.ts: the integration tests' harness, a throwaway
 * migrated PostgreSQL database, Redis, a random loopback port) and seeds the employees; this
 * process is the load generator: it schedules a class and fires N `enrollEmployees` requests, one
 * NIP each, with at most C in flight. It prints enrollments/s and latency percentiles, then checks
 * that the class holds exactly `capacity` CONFIRMED and the rest WAITLISTED.
 *
 *   BENCH_N (2000)  BENCH_CONCURRENCY (50)  BENCH_CAPACITY (N / 2: half get a seat, half wait)
 *   BENCH_WARMUP (100 requests into another class, not measured)
 *   TEST_DATABASE_URL (postgres://postgres@127.0.0.1:5432/postgres)  TEST_REDIS_URL
 *   DATABASE_POOL_SIZE (the API's pool, default 10)
 */
import { type ChildProcess, fork } from 'node:child_process';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

import type { BenchRequest } from './bench-api';

const N = Number(process.env['BENCH_N'] ?? 2000);
const CONCURRENCY = Number(process.env['BENCH_CONCURRENCY'] ?? 50);
const CAPACITY = Number(process.env['BENCH_CAPACITY'] ?? Math.max(1, Math.floor(N / 2)));
const WARMUP = Number(process.env['BENCH_WARMUP'] ?? 100);

/** What an organizer's script asks back: the id and the outcome. */
const ENROLL = `mutation($trainingId: ID!, $nips: [String!]!) {
  enrollEmployees(trainingId: $trainingId, nips: $nips) { id status waitlistPosition }
}`;

const log = (line: string) => process.stdout.write(`${line}\n`);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Sends one request to the API process and waits for its answer. */
function ask<T>(api: ChildProcess, request: BenchRequest | null): Promise<T> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: T & { error?: string }) => {
      api.off('exit', onExit);
      if (message.error) reject(new Error(message.error));
      else resolve(message);
    };
    const onExit = (code: number | null) => reject(new Error(`the API process exited (${code})`));
    api.once('message', onMessage);
    api.once('exit', onExit);
    if (request) api.send(request);
  });
}

/** Runs `jobs` with at most `limit` in flight; returns each job's latency in ms. */
async function pool(jobs: (() => Promise<void>)[], limit: number): Promise<number[]> {
  const latencies: number[] = [];
  let next = 0;
  const lane = async () => {
    while (next < jobs.length) {
      const job = jobs[next++];
      const started = performance.now();
      await job();
      latencies.push(performance.now() - started);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, jobs.length) }, lane));
  return latencies;
}

async function main(): Promise<void> {
  log(
    `enrollment benchmark: N=${N} requests (1 NIP each), concurrency ${CONCURRENCY}, capacity ${CAPACITY}`,
  );
  const api = fork(join(__dirname, 'bench-api.ts'), [], {
    execArgv: ['-r', '@swc-node/register'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  try {
    await ask(api, null);
    const seedStart = performance.now();
    const { url, token, nips } = await ask<{ url: string; token: string; nips: string[] }>(api, {
      kind: 'seed',
      employees: N + WARMUP,
    });
    log(
      `API up; seeded ${nips.length} employees in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`,
    );

    const enroll = (trainingId: string, nip: string) => async () => {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: ENROLL, variables: { trainingId, nips: [nip] } }),
      });
      const body = (await res.json()) as { errors?: unknown[] };
      if (body.errors?.length)
        throw new Error(`enrollEmployees failed: ${JSON.stringify(body.errors)}`);
    };

    if (WARMUP > 0) {
      const warm = await ask<{ trainingId: string }>(api, {
        kind: 'schedule',
        capacity: Math.ceil(WARMUP / 2),
      });
      await pool(
        nips.slice(N).map((nip) => enroll(warm.trainingId, nip)),
        CONCURRENCY,
      );
    }

    const { trainingId } = await ask<{ trainingId: string }>(api, {
      kind: 'schedule',
      capacity: CAPACITY,
    });
    const load = loadavg()[0];
    const cpuBefore = await ask<{ micros: number }>(api, { kind: 'cpu' });
    const started = performance.now();
    const latencies = await pool(
      nips.slice(0, N).map((nip) => enroll(trainingId, nip)),
      CONCURRENCY,
    );
    const elapsed = (performance.now() - started) / 1000;
    const cpuAfter = await ask<{ micros: number }>(api, { kind: 'cpu' });
    const cpuPerEnrollment = (cpuAfter.micros - cpuBefore.micros) / 1000 / N;
    const counts = await ask<{ confirmed: number; waitlisted: number; counter: number }>(api, {
      kind: 'count',
      trainingId,
    });

    const sorted = [...latencies].sort((a, b) => a - b);
    const ms = (v: number) => `${v.toFixed(1)} ms`;
    log('');
    log(
      `enrollments/s : ${(N / elapsed).toFixed(0)}  (${N} in ${elapsed.toFixed(2)} s, concurrency ${CONCURRENCY})`,
    );
    log(
      `latency       : p50 ${ms(percentile(sorted, 50))}  p95 ${ms(percentile(sorted, 95))}  ` +
        `p99 ${ms(percentile(sorted, 99))}  max ${ms(sorted[sorted.length - 1])}`,
    );
    log(
      `result        : ${counts.confirmed} CONFIRMED, ${counts.waitlisted} WAITLISTED ` +
        `(capacity ${CAPACITY}, seat counter ${counts.counter})`,
    );
    log(
      `API CPU       : ${cpuPerEnrollment.toFixed(2)} ms per enrollment ` +
        `(one core's worth: ~${(1000 / cpuPerEnrollment).toFixed(0)} enrollments/s)`,
    );
    log(`machine       : load average ${load.toFixed(2)} when the run started`);
    const expected = Math.min(CAPACITY, N);
    if (
      counts.confirmed !== expected ||
      counts.waitlisted !== N - expected ||
      counts.counter !== expected
    ) {
      throw new Error('seat counts are wrong: the benchmark found a bug');
    }
  } finally {
    if (api.connected) await ask(api, { kind: 'close' }).catch(() => undefined);
    if (api.exitCode === null) {
      // Let it exit on its own (it drops its database first); stop it if it hangs.
      const exited = new Promise((resolve) => api.once('exit', resolve));
      const timer = setTimeout(() => api.kill(), 10_000);
      await exited;
      clearTimeout(timer);
    }
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(
      `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(1);
  },
);
