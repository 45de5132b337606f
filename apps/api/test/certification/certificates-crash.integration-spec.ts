import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import {
  buildWorker,
  CertificationFixtures,
  waitFor,
  WorkerProcess,
} from '../support/certification-fixtures';
import { startTestApp, type TestApp } from '../support/test-app';
import type { TrainingWorld } from '../support/training-fixtures';

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

/**
 * A Redis of this test's own (the shared one on 6379 must not be restarted), persisting every
 * write to its append-only file as production should, so a restart keeps the queue.
 */
class OwnRedis {
  private child?: ChildProcess;
  private readonly dir = mkdtempSync(join(tmpdir(), 'lms-redis-'));

  constructor(readonly port: number) {}

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    this.child = spawn(
      'redis-server',
      [
        '--port',
        String(this.port),
        '--bind',
        '127.0.0.1',
        '--dir',
        this.dir,
        '--save',
        '',
        '--appendonly',
        'yes',
        '--appendfsync',
        'always',
        '--maxmemory-policy',
        'noeviction',
      ],
      { stdio: 'ignore' },
    );
    await waitFor(
      'redis to answer',
      async () => {
        const { Redis } = await import('ioredis');
        const probe = new Redis(this.url, {
          lazyConnect: true,
          maxRetriesPerRequest: 0,
          retryStrategy: () => null,
        });
        try {
          await probe.connect();
          return (await probe.ping()) === 'PONG';
        } catch {
          return false;
        } finally {
          probe.disconnect();
        }
      },
      10_000,
    );
  }

  stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return Promise.resolve();
    return new Promise((done) => {
      child.once('exit', () => done());
      child.kill('SIGTERM');
    });
  }

  async remove(): Promise<void> {
    await this.stop();
    rmSync(this.dir, { recursive: true, force: true });
  }
}

describe('Certificates survive a killed worker and a restarted Redis', () => {
  let t: TestApp;
  let fx: CertificationFixtures;
  let world: TrainingWorld;
  let redis: OwnRedis;
  let worker: WorkerProcess;

  beforeAll(async () => {
    await buildWorker();
    redis = new OwnRedis(await freePort());
    await redis.start();
    t = await startTestApp({ REDIS_URL: redis.url });
    fx = new CertificationFixtures(t);
    world = await fx.world();
    // Small batches of concurrent jobs, so that a kill finds work at every stage.
    worker = new WorkerProcess({ CERTIFICATE_WORKER_CONCURRENCY: '4' });
  }, 180_000);

  afterAll(async () => {
    await worker?.kill();
    await t?.close();
    await redis?.remove();
  });

  it('ends with one certificate per enrollment and gap-free numbers after SIGKILL mid-batch', async () => {
    const { trainingId } = await fx.completedClass(world, 150);
    const issuance = await fx.issue(world.organizerA, trainingId);
    await worker.start();
    await waitFor(
      'a first part of the batch',
      async () => (await fx.issuance(world.organizerA, issuance.id)).issued >= 20,
      60_000,
      20,
    );
    await worker.kill('SIGKILL');
    const midway = await fx.issuance(world.organizerA, issuance.id);
    expect(midway.issued).toBeLessThan(150);

    await worker.start();
    const done = await fx.waitDone(world.organizerA, issuance.id, 120_000);
    expect(done).toMatchObject({ status: 'DONE', total: 150, issued: 150, failed: 0 });
    const inv = await fx.invariants(trainingId);
    expect(inv).toMatchObject({ completed: 150, certificates: 150, rendered: 150 });
    expect(inv.seqs).toEqual(Array.from({ length: inv.seqs.length }, (_, i) => i + 1));
  }, 240_000);

  it('ends with one certificate per enrollment and gap-free numbers after Redis restarts mid-batch', async () => {
    const { trainingId } = await fx.completedClass(world, 150);
    await worker.start();
    const issuance = await fx.issue(world.organizerA, trainingId);
    await waitFor(
      'a first part of the batch',
      async () => (await fx.issuance(world.organizerA, issuance.id)).issued >= 20,
      60_000,
      20,
    );
    await redis.stop();
    await new Promise((r) => setTimeout(r, 1_000));
    await redis.start();

    const done = await fx.waitDone(world.organizerA, issuance.id, 120_000);
    expect(done).toMatchObject({ status: 'DONE', total: 150, issued: 150, failed: 0 });
    const inv = await fx.invariants(trainingId);
    expect(inv).toMatchObject({ completed: 150, certificates: 150, rendered: 150 });
    expect(inv.seqs).toEqual(Array.from({ length: inv.seqs.length }, (_, i) => i + 1));
    expect(worker.running).toBe(true);
  }, 240_000);
});
