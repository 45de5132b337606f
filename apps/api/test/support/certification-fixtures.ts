import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { QUEUES } from '@lms/server/core';
import { Queue } from 'bullmq';

import type { TestApp } from './test-app';
import {
  COMPLETE,
  jakartaDay,
  RECORD_ATTENDANCE,
  TrainingFixtures,
  type TrainingWorld,
} from './training-fixtures';

export const REPO_ROOT = resolve(__dirname, '../../../..');
export const WORKER_MAIN = join(REPO_ROOT, 'dist/apps/worker/main.js');

export const ISSUE = `mutation($trainingId: ID!) {
  issueCertificates(trainingId: $trainingId) { id status total issued failed }
}`;
export const ISSUANCE = `query($id: ID!) {
  certificateIssuance(id: $id) { id status total issued failed failures { enrollmentId holderName nip reason } }
}`;
export const VERIFY = `query($code: String!) {
  verifyCertificate(code: $code) {
    valid status code number version issuedOn holderName holderNip holderGrade courseTitle jp
    competency level startDate endDate place predikat sha256 revokedAt revokeReason pdfUrl badgeUrl
    history { version sha256 reissueReason }
  }
}`;
export const REVOKE = `mutation($id: ID!, $reason: String!) {
  revokeCertificate(id: $id, reason: $reason) { id code number status revokedAt revokeReason }
}`;
export const REISSUE = `mutation($id: ID!, $reason: String) {
  reissueCertificate(id: $id, reason: $reason) { id code number status version sha256 }
}`;
export const TRAINING_CERTIFICATES = `query($trainingId: ID!) {
  trainingCertificates(trainingId: $trainingId) {
    id code number status version sha256 holderName holderNip jp pdfUrl verifyUrl badgeUrl
  }
}`;
export const MY_CERTIFICATES = `query { myCertificates { id code number status holderName courseTitle pdfUrl } }`;

export interface IssuanceRow {
  id: string;
  status: string;
  total: number;
  issued: number;
  failed: number;
  failures?: { enrollmentId: string; holderName: string; nip: string; reason: string }[];
}

export interface CertificateRow {
  id: string;
  code: string;
  number: string;
  status: string;
  version: number;
  sha256: string | null;
  holderName: string;
  holderNip: string;
  jp: number;
  pdfUrl: string | null;
  verifyUrl: string;
  badgeUrl: string;
}

/** Newest modification time under the given folders (the worker bundle's sources). */
function newestSource(dirs: string[]): number {
  let newest = 0;
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  for (const dir of dirs) if (existsSync(dir)) walk(dir);
  return newest;
}

function workerIsFresh(): boolean {
  if (!existsSync(WORKER_MAIN)) return false;
  const sources = ['apps/worker', 'libs/server', 'libs/shared'].map((d) => join(REPO_ROOT, d));
  return statSync(WORKER_MAIN).mtimeMs >= newestSource(sources);
}

/**
 * Builds dist/apps/worker when its sources are newer. Test files run in parallel: a lock folder
 * makes one of them build while the others wait, then find the bundle fresh.
 */
export async function buildWorker(): Promise<void> {
  const lock = join(tmpdir(), 'lms-worker-build.lock');
  const deadline = Date.now() + 180_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`${lock} is held for too long`);
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  try {
    if (workerIsFresh()) return;
    execFileSync('npx', ['nx', 'build', 'worker'], {
      cwd: REPO_ROOT,
      stdio: 'ignore',
      env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' },
    });
    if (!existsSync(WORKER_MAIN)) throw new Error(`${WORKER_MAIN} was not built`);
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** The real worker process (dist/apps/worker/main.js) on the test app's database, Redis and DATA_DIR. */
export class WorkerProcess {
  private child?: ChildProcess;
  output = '';

  constructor(private readonly env: Record<string, string | undefined> = {}) {}

  get running(): boolean {
    return !!this.child && this.child.exitCode === null && this.child.signalCode === null;
  }

  async start(): Promise<void> {
    if (this.running) return;
    this.output = '';
    const child = spawn(process.execPath, [WORKER_MAIN], {
      cwd: REPO_ROOT,
      // info: the worker's readiness line (tests otherwise log errors only).
      env: { ...process.env, LOG_LEVEL: 'info', ...this.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    await new Promise<void>((resolveReady, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`worker did not start:\n${this.output}`)),
        30_000,
      );
      const onData = (chunk: Buffer) => {
        this.output += chunk.toString();
        if (/Worker \d+ ready/.test(this.output)) {
          clearTimeout(timer);
          resolveReady();
        }
      };
      child.stdout?.on('data', onData);
      child.stderr?.on('data', onData);
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`worker exited with ${code}:\n${this.output}`));
      });
    });
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  /** SIGKILL: no shutdown hook runs, active jobs are left locked in Redis. */
  kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
    return new Promise((done) => {
      child.once('exit', () => done());
      child.kill(signal);
    });
  }

  stop(): Promise<void> {
    return this.kill('SIGTERM');
  }
}

export async function waitFor<T>(
  what: string,
  probe: () => Promise<T | undefined | null | false>,
  timeoutMs = 60_000,
  intervalMs = 100,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

/** A class whose enrollments went through the training area's real flow up to COMPLETED. */
export class CertificationFixtures {
  readonly training: TrainingFixtures;

  constructor(private readonly t: TestApp) {
    this.training = new TrainingFixtures(t);
  }

  world(): Promise<TrainingWorld> {
    return this.training.world();
  }

  /**
   * Schedules a two-day class that has already happened, enrolls `size` new employees, records
   * both days for the first `attending` of them and completes it.
   */
  async completedClass(
    world: TrainingWorld,
    size: number,
    attending = size,
  ): Promise<{ trainingId: string; nips: string[] }> {
    const nips = await this.training.employees(world.agencyA.code, size, 'Peserta Sertifikat');
    const training = await this.training.schedule(world.organizerA, world.courseA, {
      startDate: jakartaDay(-3),
      endDate: jakartaDay(-2),
      capacity: size,
    });
    for (let i = 0; i < nips.length; i += 200) {
      await this.training.enroll(world.organizerA, training.id, nips.slice(i, i + 200));
    }
    for (const date of [jakartaDay(-3), jakartaDay(-2)]) {
      if (attending > 0) {
        await this.t.gql.ok(
          RECORD_ATTENDANCE,
          { trainingId: training.id, date, nips: nips.slice(0, attending) },
          world.organizerA,
        );
      }
    }
    await this.t.gql.ok(COMPLETE, { trainingId: training.id }, world.organizerA);
    return { trainingId: training.id, nips };
  }

  async issue(token: string, trainingId: string): Promise<IssuanceRow> {
    return (await this.t.gql.ok<{ issueCertificates: IssuanceRow }>(ISSUE, { trainingId }, token))
      .issueCertificates;
  }

  async issuance(token: string, id: string): Promise<IssuanceRow> {
    return (await this.t.gql.ok<{ certificateIssuance: IssuanceRow }>(ISSUANCE, { id }, token))
      .certificateIssuance;
  }

  waitDone(token: string, id: string, timeoutMs = 90_000): Promise<IssuanceRow> {
    return waitFor(
      `issuance ${id} to finish`,
      async () => {
        const row = await this.issuance(token, id);
        return row.status === 'DONE' || row.status === 'FAILED' ? row : undefined;
      },
      timeoutMs,
      200,
    );
  }

  async certificates(token: string, trainingId: string): Promise<CertificateRow[]> {
    return (
      await this.t.gql.ok<{ trainingCertificates: CertificateRow[] }>(
        TRAINING_CERTIFICATES,
        { trainingId },
        token,
      )
    ).trainingCertificates;
  }

  /**
   * The invariants every scenario ends with: one certificate per COMPLETED enrollment, each with a
   * PDF, and the region-year's numbers exactly 1..n.
   */
  async invariants(
    trainingId: string,
  ): Promise<{ completed: number; certificates: number; seqs: number[]; rendered: number }> {
    const [counts] = await this.t.dataSource.query<
      { completed: number; certificates: number; rendered: number }[]
    >(
      `SELECT (SELECT count(*)::int FROM enrollments WHERE training_id = $1 AND status = 'COMPLETED') AS completed,
              (SELECT count(*)::int FROM certificates WHERE training_id = $1) AS certificates,
              (SELECT count(*)::int FROM certificates WHERE training_id = $1 AND sha256 IS NOT NULL) AS rendered`,
      [trainingId],
    );
    const seqs = (
      await this.t.dataSource.query<{ seq: number }[]>(
        `SELECT c.seq FROM certificates c
          WHERE (c.region_id, c.year) IN (SELECT region_id, year FROM certificates WHERE training_id = $1)
          ORDER BY c.seq`,
        [trainingId],
      )
    ).map((r) => r.seq);
    return { ...counts, seqs };
  }

  /** The certificates queue as the test app's API sees it (same Redis prefix). */
  queue(): Queue {
    return new Queue(QUEUES.certificates, {
      connection: { url: this.t.config.redisUrl },
      prefix: `${this.t.config.redisPrefix}:bull`,
    });
  }
}
