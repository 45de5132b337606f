import { CERTIFICATE_JOB_OPTIONS, CERTIFICATE_JOBS, issueJobId } from '@lms/server/certification';

import {
  buildWorker,
  CertificationFixtures,
  REVOKE,
  VERIFY,
  WorkerProcess,
} from '../support/certification-fixtures';
import { startTestApp, type TestApp } from '../support/test-app';
import type { TrainingWorld } from '../support/training-fixtures';

describe('Certificates (API + real worker process)', () => {
  let t: TestApp;
  let fx: CertificationFixtures;
  let world: TrainingWorld;
  let worker: WorkerProcess;

  beforeAll(async () => {
    await buildWorker();
    t = await startTestApp({ PUBLIC_URL: 'https://lms.example.go.id' });
    fx = new CertificationFixtures(t);
    world = await fx.world();
    worker = new WorkerProcess();
  }, 180_000);

  afterAll(async () => {
    await worker?.kill();
    await t?.close();
  });

  it('refuses bad input with clear errors', async () => {
    const noneCompleted = await fx.completedClass(world, 2, 0);
    const error = await t.gql.fails(
      `mutation($id: ID!) { issueCertificates(trainingId: $id) { id } }`,
      { id: noneCompleted.trainingId },
      world.organizerA,
    );
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.extensions?.field).toBe('trainingId');
    expect(error.message).toContain(noneCompleted.trainingId);

    const other = await t.gql.fails(
      `mutation($id: ID!) { issueCertificates(trainingId: $id) { id } }`,
      { id: noneCompleted.trainingId },
      world.organizerB,
    );
    expect(other.extensions?.code).toBe('NOT_FOUND');
    const learner = await t.gql.fails(
      `mutation($id: ID!) { issueCertificates(trainingId: $id) { id } }`,
      { id: noneCompleted.trainingId },
      world.learners[0],
    );
    expect(learner.extensions?.code).toBe('FORBIDDEN');

    const unknown = await t.gql.fails(
      REVOKE,
      { id: '00000000-0000-4000-8000-000000000000', reason: 'salah' },
      world.admin,
    );
    expect(unknown.extensions?.code).toBe('NOT_FOUND');
    expect(unknown.extensions?.field).toBe('id');

    const notAnId = await t.gql.fails(REVOKE, { id: 'nope', reason: 'salah' }, world.admin);
    expect(notAnId.extensions?.code).toBe('NOT_FOUND');

    const verify = await t.gql.ok<{ verifyCertificate: { valid: boolean; status: string | null } }>(
      VERIFY,
      {
        code: 'AAAAAAAAAAAAAAAAAAAAAAAA',
      },
    );
    expect(verify.verifyCertificate).toMatchObject({ valid: false, status: null });
    const res = await fetch(`${t.url}/certificates/AAAAAAAAAAAAAAAAAAAAAAAA.pdf`);
    expect(res.status).toBe(404);
  });

  it('ignores a duplicate enqueue and issues exactly one certificate per enrollment, numbered without gaps', async () => {
    const { trainingId } = await fx.completedClass(world, 12);
    const queue = fx.queue();
    try {
      // No worker yet: the jobs wait, so the duplicates are visible (or rather, invisible).
      const first = await fx.issue(world.organizerA, trainingId);
      expect(first).toMatchObject({ status: 'QUEUED', total: 12, issued: 0, failed: 0 });
      const second = await fx.issue(world.organizerA, trainingId);
      expect(second.total).toBe(12);
      const [enrollment] = await t.dataSource.query<{ id: string }[]>(
        `SELECT id FROM enrollments WHERE training_id = $1 AND status = 'COMPLETED' LIMIT 1`,
        [trainingId],
      );
      await queue.add(
        CERTIFICATE_JOBS.issue,
        { enrollmentId: enrollment.id, issuanceId: first.id },
        { ...CERTIFICATE_JOB_OPTIONS, jobId: issueJobId(enrollment.id) },
      );
      expect((await queue.getJobCounts('waiting')).waiting).toBe(12);

      await worker.start();
      const done = await fx.waitDone(world.organizerA, first.id);
      expect(done).toMatchObject({ status: 'DONE', total: 12, issued: 12, failed: 0 });
      expect((await fx.waitDone(world.organizerA, second.id)).status).toBe('DONE');

      const again = await fx.issue(world.organizerA, trainingId);
      expect(again).toMatchObject({ status: 'DONE', total: 0 });
      const inv = await fx.invariants(trainingId);
      expect(inv.certificates).toBe(12);
      expect(inv.rendered).toBe(12);
      expect(inv.seqs).toEqual(Array.from({ length: inv.seqs.length }, (_, i) => i + 1));

      const list = await fx.certificates(world.organizerA, trainingId);
      expect(new Set(list.map((c) => c.code)).size).toBe(12);
      for (const c of list) {
        expect(c.code).toMatch(/^[A-Za-z0-9_-]{24}$/);
        expect(c.number).toMatch(/^800\/\d{4}\/BKPSDM\/\d{4}$/);
        expect(c.verifyUrl).toBe(`https://lms.example.go.id/verify/${c.code}`);
      }
    } finally {
      await queue.close();
    }
  });

  it('counts an enrollment that cannot be certified as failed, with the reason the organizer reads', async () => {
    await worker.stop();
    const { trainingId } = await fx.completedClass(world, 3);
    const issuance = await fx.issue(world.organizerA, trainingId);
    const [victim] = await t.dataSource.query<{ id: string }[]>(
      `SELECT id FROM enrollments WHERE training_id = $1 AND status = 'COMPLETED' ORDER BY id LIMIT 1`,
      [trainingId],
    );
    // The class was reopened for one participant between queueing and rendering.
    await t.dataSource.query(`UPDATE enrollments SET status = 'NOT_COMPLETED' WHERE id = $1`, [
      victim.id,
    ]);
    await worker.start();
    const done = await fx.waitDone(world.organizerA, issuance.id);
    expect(done).toMatchObject({ status: 'FAILED', total: 3, issued: 2, failed: 1 });
    expect(done.failures).toEqual([
      expect.objectContaining({
        enrollmentId: victim.id,
        reason: expect.stringContaining('not COMPLETED'),
      }),
    ]);
    const inv = await fx.invariants(trainingId);
    expect(inv.certificates).toBe(2);
    expect(inv.seqs).toEqual(Array.from({ length: inv.seqs.length }, (_, i) => i + 1));
  });
});
