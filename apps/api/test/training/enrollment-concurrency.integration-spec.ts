import { startTestApp, TestApp } from '../support/test-app';
import {
  CANCEL_ENROLLMENT,
  ENROLL,
  EnrollmentRow,
  TrainingFixtures,
  TrainingWorld,
} from '../support/training-fixtures';

interface QueueRow {
  id: string;
  status: string;
  queue_seq: string;
  nip: string;
}

/**
 * Seats under load: separate GraphQL requests fired at once, as a crowd of organizers' scripts
 * (or a registration opening) would. Arrival order is the order in which the database serialised
 * the requests: the queue numbers drawn under the class's row lock.
 */
describe('training: enrollments under concurrency', () => {
  let t: TestApp;
  let tf: TrainingFixtures;
  let w: TrainingWorld;

  const queue = (trainingId: string) =>
    t.dataSource.query<QueueRow[]>(
      `SELECT e.id, e.status, e.queue_seq::text, p.nip FROM enrollments e
         JOIN employees p ON p.id = e.employee_id
        WHERE e.training_id = $1 ORDER BY e.queue_seq`,
      [trainingId],
    );

  beforeAll(async () => {
    t = await startTestApp();
    tf = new TrainingFixtures(t);
    w = await tf.world();
  });

  afterAll(() => t?.close());

  it('200 concurrent enrollments into a 40-seat class: exactly 40 CONFIRMED, 160 WAITLISTED in arrival order', async () => {
    const nips = await tf.employees(w.agencyA.code, 200, 'Peserta Serentak');
    const tr = await tf.schedule(w.organizerA, w.courseA, { capacity: 40 });

    const responses = await Promise.all(
      nips.map((nip) =>
        t.gql.request<{ enrollEmployees: EnrollmentRow[] }>(
          ENROLL,
          { trainingId: tr.id, nips: [nip] },
          { token: w.organizerA },
        ),
      ),
    );
    expect(responses.filter((r) => r.errors).map((r) => r.errors)).toEqual([]);
    const answered = responses.map((r) => r.data?.enrollEmployees[0] as EnrollmentRow);

    const rows = await queue(tr.id);
    expect(rows).toHaveLength(200);
    const confirmed = rows.filter((r) => r.status === 'CONFIRMED');
    const waitlisted = rows.filter((r) => r.status === 'WAITLISTED');
    expect(confirmed).toHaveLength(40);
    expect(waitlisted).toHaveLength(160);
    // Every confirmed enrollment was serialised before every waitlisted one.
    const lastConfirmed = Math.max(...confirmed.map((r) => Number(r.queue_seq)));
    const firstWaitlisted = Math.min(...waitlisted.map((r) => Number(r.queue_seq)));
    expect(lastConfirmed).toBeLessThan(firstWaitlisted);
    expect(rows.slice(0, 40).every((r) => r.status === 'CONFIRMED')).toBe(true);

    // Waitlist positions are 1..160 without gaps, in queue order.
    const roster = await tf.roster(w.organizerA, tr.id);
    const positions = new Map(roster.enrollments.map((e) => [e.id, e.waitlistPosition]));
    expect(waitlisted.map((r) => positions.get(r.id))).toEqual(
      Array.from({ length: 160 }, (_, i) => i + 1),
    );
    expect(roster).toMatchObject({
      capacity: 40,
      confirmedCount: 40,
      seatsLeft: 0,
      waitlistCount: 160,
    });

    // What each caller was told is what the database holds.
    const statusOf = new Map(rows.map((r) => [r.id, r.status]));
    expect(answered.every((e) => statusOf.get(e.id) === e.status)).toBe(true);
    expect(new Set(answered.map((e) => e.employee.nip)).size).toBe(200);
    expect(await tf.seatsTaken(tr.id)).toEqual({ rows: 40, counter: 40, capacity: 40 });
  });

  it('cancelling while others enroll never exceeds the capacity and refills seats from the waitlist', async () => {
    const capacity = 40;
    const [seated, newcomers] = [
      await tf.employees(w.agencyA2.code, capacity, 'Peserta Awal'),
      await tf.employees(w.agencyA2.code, 120, 'Peserta Baru'),
    ];
    const tr = await tf.schedule(w.organizerA, w.courseA, { capacity });
    const first = await tf.enroll(w.organizerA, tr.id, seated);
    expect(first.every((e) => e.status === 'CONFIRMED')).toBe(true);

    let maxRows = 0;
    let maxCounter = 0;
    const check = async () => {
      const s = await tf.seatsTaken(tr.id);
      maxRows = Math.max(maxRows, s.rows);
      maxCounter = Math.max(maxCounter, s.counter);
      if (s.rows !== s.counter) throw new Error(`counter ${s.counter} != rows ${s.rows}`);
    };
    // Interleave 30 cancellations of confirmed seats with 120 new enrollments, all at once, and
    // check the seats after every single step completes.
    const cancels = first
      .slice(0, 30)
      .map((e) => () => t.gql.request(CANCEL_ENROLLMENT, { id: e.id }, { token: w.organizerA }));
    const enrolls = newcomers.map(
      (nip) => () =>
        t.gql.request(ENROLL, { trainingId: tr.id, nips: [nip] }, { token: w.organizerA }),
    );
    const steps = [];
    for (let i = 0; i < enrolls.length; i += 1) {
      steps.push(enrolls[i]);
      if (i % 4 === 0 && cancels.length) steps.push(cancels.shift() as () => Promise<unknown>);
    }
    steps.push(...cancels);
    const results = await Promise.all(
      steps.map(async (step) => {
        const res = (await step()) as { errors?: unknown[] };
        await check();
        return res;
      }),
    );
    expect(results.filter((r) => r.errors)).toEqual([]);
    expect(maxRows).toBeLessThanOrEqual(capacity);
    expect(maxCounter).toBeLessThanOrEqual(capacity);

    const rows = await queue(tr.id);
    const byStatus = (s: string) => rows.filter((r) => r.status === s);
    expect(byStatus('CANCELLED')).toHaveLength(30);
    // 30 seats freed, 120 arrivals waiting for them: every seat is taken again.
    expect(byStatus('CONFIRMED')).toHaveLength(capacity);
    expect(byStatus('WAITLISTED')).toHaveLength(90);
    // Seats went to newcomers strictly in arrival order: none waits ahead of one who got a seat.
    const fresh = new Set(newcomers);
    const arrivals = rows.filter((r) => fresh.has(r.nip));
    const lastSeated = Math.max(
      ...arrivals.filter((r) => r.status === 'CONFIRMED').map((r) => Number(r.queue_seq)),
    );
    const firstWaiting = Math.min(
      ...arrivals.filter((r) => r.status === 'WAITLISTED').map((r) => Number(r.queue_seq)),
    );
    expect(lastSeated).toBeLessThan(firstWaiting);
    const roster = await tf.roster(w.organizerA, tr.id);
    const waiting = roster.enrollments.filter((e) => e.status === 'WAITLISTED');
    expect(waiting.map((e) => e.waitlistPosition)).toEqual(
      Array.from({ length: 90 }, (_, i) => i + 1),
    );
    expect(await tf.seatsTaken(tr.id)).toEqual({ rows: capacity, counter: capacity, capacity });
  });

  it('an agency quota holds under concurrent enrollments too', async () => {
    const quotaNips = await tf.employees(w.agencyA1.code, 30, 'Peserta Kuota');
    const freeNips = await tf.employees(w.agencyA2.code, 30, 'Peserta Bebas');
    const tr = await tf.schedule(w.organizerA, w.courseA, {
      capacity: 25,
      agencyQuotas: [{ agencyId: w.agencyA.id, seats: 8 }],
    });
    const mixed = quotaNips.flatMap((nip, i) => [nip, freeNips[i]]);
    const responses = await Promise.all(
      mixed.map((nip) =>
        t.gql.request(ENROLL, { trainingId: tr.id, nips: [nip] }, { token: w.organizerA }),
      ),
    );
    expect(responses.filter((r) => r.errors).map((r) => r.errors)).toEqual([]);
    const [counts] = await t.dataSource.query(
      `SELECT count(*) FILTER (WHERE e.status = 'CONFIRMED' AND e.quota_agency_id IS NOT NULL)::int AS in_quota,
              count(*) FILTER (WHERE e.status = 'CONFIRMED')::int AS confirmed,
              (SELECT confirmed_count FROM training_agency_quotas WHERE training_id = $1) AS quota_counter
         FROM enrollments e WHERE e.training_id = $1`,
      [tr.id],
    );
    expect(counts).toEqual({ in_quota: 8, confirmed: 25, quota_counter: 8 });
  });

  it('the same employee sent by many requests at once gets one enrollment', async () => {
    const [nip] = await tf.employees(w.agencyA.code, 1, 'Peserta Ganda');
    const tr = await tf.schedule(w.organizerA, w.courseA, { capacity: 5 });
    const responses = await Promise.all(
      Array.from({ length: 20 }, () =>
        t.gql.request<{ enrollEmployees: EnrollmentRow[] }>(
          ENROLL,
          { trainingId: tr.id, nips: [nip] },
          { token: w.organizerA },
        ),
      ),
    );
    const ids = new Set(responses.map((r) => r.data?.enrollEmployees[0].id));
    expect(ids.size).toBe(1);
    expect(await tf.seatsTaken(tr.id)).toEqual({ rows: 1, counter: 1, capacity: 5 });
  });
});
