import { startTestApp, TestApp } from '../support/test-app';
import {
  CANCEL_ENROLLMENT,
  ENROLL,
  ENROLLMENT_FIELDS,
  EnrollmentRow,
  jakartaDay,
  REGISTER,
  TrainingFixtures,
  TrainingRow,
  TrainingWorld,
} from '../support/training-fixtures';

const APPROVE = `mutation($id: ID!, $reason: String) { approveEnrollment(id: $id, reason: $reason) { ${ENROLLMENT_FIELDS} } }`;
const REJECT = `mutation($id: ID!, $reason: String) { rejectEnrollment(id: $id, reason: $reason) { ${ENROLLMENT_FIELDS} } }`;
const PROMOTE = `mutation($id: ID!) { promoteEnrollment(id: $id) { ${ENROLLMENT_FIELDS} } }`;
const WITHDRAW = `mutation($trainingId: ID!) { withdrawFromTraining(trainingId: $trainingId) { ${ENROLLMENT_FIELDS} } }`;
const CAPACITY = `mutation($trainingId: ID!, $capacity: Int!) {
  changeTrainingCapacity(trainingId: $trainingId, capacity: $capacity) { capacity confirmedCount seatsLeft waitlistCount }
}`;
const CANCEL_TRAINING = `mutation($trainingId: ID!) { cancelTraining(trainingId: $trainingId) { status confirmedCount } }`;
const MY_TRAININGS = `query { myTrainings { ${ENROLLMENT_FIELDS} training { id title } } }`;
const FOR_LEARNER = `query($id: ID!) {
  trainingForLearner(id: $id) {
    id seatsLeft registrationOpen sessions { date checkInCode }
    enrollments { id employee { nip } } myEnrollment { status waitlistPosition }
  }
}`;
const AVAILABLE = `query { availableTrainings(first: 100) { totalCount edges { node { id } } } }`;
const NOTIFICATIONS = `query($unreadOnly: Boolean) {
  myNotifications(unreadOnly: $unreadOnly, first: 50) { totalCount edges { node { id kind message trainingId readAt } } }
  myUnreadNotificationCount
}`;
const MARK_READ = `mutation { markNotificationsRead }`;
const ROSTER_CSV = `query($trainingId: ID!) { trainingRosterCsv(trainingId: $trainingId) }`;

interface Notice {
  id: string;
  kind: string;
  message: string;
  trainingId: string;
}

describe('training: enrollment, waitlist, approval, notices', () => {
  let t: TestApp;
  let tf: TrainingFixtures;
  let w: TrainingWorld;
  let nipsA: string[];
  let nipsA1: string[];
  let nipsA2: string[];
  let nipsB: string[];

  const count = async (sql: string, params: unknown[] = []) =>
    Number((await t.dataSource.query(sql, params))[0].n);
  const enrollmentCount = (trainingId: string) =>
    count(`SELECT count(*)::int AS n FROM enrollments WHERE training_id = $1`, [trainingId]);
  const notices = async (token: string, headers: Record<string, string> = {}) => {
    const res = await t.gql.request<{
      myNotifications: { edges: { node: Notice }[] };
      myUnreadNotificationCount: number;
    }>(NOTIFICATIONS, {}, { token, headers });
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data;
  };

  beforeAll(async () => {
    t = await startTestApp();
    tf = new TrainingFixtures(t);
    w = await tf.world();
    nipsA = await tf.employees(w.agencyA.code, 12, 'Pegawai Kominfo');
    nipsA1 = await tf.employees(w.agencyA1.code, 3, 'Pegawai Aptika');
    nipsA2 = await tf.employees(w.agencyA2.code, 4, 'Guru');
    nipsB = await tf.employees(w.agencyB.code, 2, 'Pegawai Kota');
  });

  afterAll(() => t?.close());

  describe('enrollEmployees', () => {
    let tr: TrainingRow;
    let first: EnrollmentRow[];

    beforeAll(async () => {
      tr = await tf.schedule(w.organizerA, w.courseA, { capacity: 3 });
      first = await tf.enroll(w.organizerA, tr.id, nipsA.slice(0, 5));
    });

    it('fills the seats in the order given, then waitlists in that order', () => {
      expect(first.map((e) => [e.employee.nip, e.status, e.waitlistPosition])).toEqual([
        [nipsA[0], 'CONFIRMED', null],
        [nipsA[1], 'CONFIRMED', null],
        [nipsA[2], 'CONFIRMED', null],
        [nipsA[3], 'WAITLISTED', 1],
        [nipsA[4], 'WAITLISTED', 2],
      ]);
      expect(first.every((e) => e.source === 'ORGANIZER')).toBe(true);
    });

    it('shows seats, the waitlist and arrival order on the class', async () => {
      const roster = await tf.roster(w.organizerA, tr.id);
      expect(roster).toMatchObject({
        capacity: 3,
        confirmedCount: 3,
        seatsLeft: 0,
        waitlistCount: 2,
      });
      expect(roster.enrollments.map((e) => e.employee.nip)).toEqual(nipsA.slice(0, 5));
    });

    it('keeps one seat per employee: sending the list again changes nothing', async () => {
      const again = await tf.enroll(w.organizerA, tr.id, [nipsA[4], nipsA[0]]);
      expect(again.map((e) => e.id)).toEqual([first[4].id, first[0].id]);
      expect(await enrollmentCount(tr.id)).toBe(5);
    });

    it('accepts NIPs written with spaces', async () => {
      const spaced = nipsA[5].replace(/^(\d{8})(\d{6})(\d)(\d{3})$/, '$1 $2 $3 $4');
      const [e] = await tf.enroll(w.organizerA, tr.id, [spaced]);
      expect(e).toMatchObject({
        status: 'WAITLISTED',
        waitlistPosition: 3,
        employee: { nip: nipsA[5] },
      });
    });

    it.each([
      ['an unknown NIP', () => [nipsA[6], '198001012005011999']],
      ['an employee of another region', () => [nipsA[6], nipsB[0]]],
      ['a malformed NIP', () => [nipsA[6], '12345']],
      ['a NIP listed twice', () => [nipsA[6], nipsA[6]]],
      ['an empty list', () => []],
    ])('refuses the whole list for %s, naming nips, writing nothing', async (_label, nips) => {
      const before = await enrollmentCount(tr.id);
      const e = await t.gql.fails(ENROLL, { trainingId: tr.id, nips: nips() }, w.organizerA);
      expect(e.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'nips' });
      expect(await enrollmentCount(tr.id)).toBe(before);
    });

    it('names the other region’s employee only as unknown (no leak across regions)', async () => {
      const e = await t.gql.fails(ENROLL, { trainingId: tr.id, nips: [nipsB[0]] }, w.organizerA);
      expect(e.message).toContain(nipsB[0]);
      expect(e.message).not.toMatch(/Kota|region B/i);
    });

    it('is for the class’s own organizers: other regions and roles change nothing', async () => {
      const before = await enrollmentCount(tr.id);
      const other = await t.gql.fails(
        ENROLL,
        { trainingId: tr.id, nips: [nipsA[6]] },
        w.organizerB,
      );
      expect(['NOT_FOUND', 'FORBIDDEN']).toContain(other.extensions?.code);
      for (const token of [w.instructorA, w.hrA, w.learners[0]]) {
        const e = await t.gql.fails(ENROLL, { trainingId: tr.id, nips: [nipsA[6]] }, token);
        expect(e.extensions?.code).toBe('FORBIDDEN');
      }
      expect(await enrollmentCount(tr.id)).toBe(before);
      const byAdmin = await tf.enroll(w.admin, tr.id, [nipsA[6]]);
      expect(byAdmin[0].status).toBe('WAITLISTED');
    });

    it('lets organizers enroll into a class whose days have passed', async () => {
      const past = await tf.schedule(w.organizerA, w.courseA, {
        startDate: jakartaDay(-20),
        endDate: jakartaDay(-18),
      });
      const [e] = await tf.enroll(w.organizerA, past.id, [nipsA[0]]);
      expect(e.status).toBe('CONFIRMED');
    });

    it('refuses a class whose course was archived', async () => {
      const course = await tf.course(w.organizerA);
      const cls = await tf.schedule(w.organizerA, course.id);
      await t.gql.ok(
        `mutation($id: ID!) { archiveCourse(id: $id) { id } }`,
        { id: course.id },
        w.organizerA,
      );
      const e = await t.gql.fails(ENROLL, { trainingId: cls.id, nips: [nipsA[0]] }, w.organizerA);
      expect(e.extensions).toMatchObject({ code: 'CONFLICT', field: 'trainingId' });
      expect(await enrollmentCount(cls.id)).toBe(0);
    });
  });

  describe('cancelEnrollment and the waitlist', () => {
    let tr: TrainingRow;
    let rows: EnrollmentRow[];

    beforeAll(async () => {
      tr = await tf.schedule(w.organizerA, w.courseA, { capacity: 2 });
      rows = await tf.enroll(w.organizerA, tr.id, nipsA.slice(0, 5));
    });

    it('promotes the first waitlisted in the same transaction when a seat is freed', async () => {
      const cancelled = await t.gql.ok<{ cancelEnrollment: EnrollmentRow }>(
        CANCEL_ENROLLMENT,
        { id: rows[0].id, reason: 'Tugas dinas luar' },
        w.organizerA,
      );
      expect(cancelled.cancelEnrollment.status).toBe('CANCELLED');
      const roster = await tf.roster(w.organizerA, tr.id);
      const byId = new Map(roster.enrollments.map((e) => [e.id, e]));
      expect(byId.get(rows[2].id)).toMatchObject({ status: 'CONFIRMED', waitlistPosition: null });
      expect(byId.get(rows[3].id)).toMatchObject({ status: 'WAITLISTED', waitlistPosition: 1 });
      expect(byId.get(rows[4].id)).toMatchObject({ status: 'WAITLISTED', waitlistPosition: 2 });
      expect(roster).toMatchObject({ confirmedCount: 2, waitlistCount: 2 });
      const [promoted] = await t.dataSource.query(
        `SELECT promoted_at IS NOT NULL AS promoted FROM enrollments WHERE id = $1`,
        [rows[2].id],
      );
      expect(promoted.promoted).toBe(true);
      const [audit] = await t.dataSource.query(
        `SELECT action, actor_username, summary FROM audit_events
          WHERE entity_type = 'Enrollment' AND entity_id = $1`,
        [rows[0].id],
      );
      expect(audit).toMatchObject({
        action: 'cancelEnrollment',
        summary: { trainingId: tr.id, before: 'CONFIRMED', after: 'CANCELLED' },
      });
      expect(audit.actor_username).toMatch(/^org-t/);
    });

    it('cancelling a waitlisted place promotes nobody and renumbers the waitlist', async () => {
      await t.gql.ok(CANCEL_ENROLLMENT, { id: rows[3].id }, w.organizerA);
      const roster = await tf.roster(w.organizerA, tr.id);
      const waiting = roster.enrollments.filter((e) => e.status === 'WAITLISTED');
      expect(waiting.map((e) => [e.id, e.waitlistPosition])).toEqual([[rows[4].id, 1]]);
      expect(roster.confirmedCount).toBe(2);
    });

    it('refuses a second cancel, another region and other roles', async () => {
      const again = await t.gql.fails(CANCEL_ENROLLMENT, { id: rows[0].id }, w.organizerA);
      expect(again.extensions).toMatchObject({ code: 'CONFLICT', field: 'id' });
      const other = await t.gql.fails(CANCEL_ENROLLMENT, { id: rows[1].id }, w.organizerB);
      expect(other.extensions?.code).toBe('NOT_FOUND');
      const instr = await t.gql.fails(CANCEL_ENROLLMENT, { id: rows[1].id }, w.instructorA);
      expect(instr.extensions?.code).toBe('FORBIDDEN');
      const unknown = await t.gql.fails(
        CANCEL_ENROLLMENT,
        { id: '7f1d7a6e-0000-4000-8000-000000000000' },
        w.organizerA,
      );
      expect(unknown.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
      const roster = await tf.roster(w.organizerA, tr.id);
      expect(roster.enrollments.find((e) => e.id === rows[1].id)?.status).toBe('CONFIRMED');
    });

    it('re-enrolling a cancelled employee makes a new enrollment at the end of the queue', async () => {
      const [back] = await tf.enroll(w.organizerA, tr.id, [nipsA[0]]);
      expect(back.id).not.toBe(rows[0].id);
      expect(back).toMatchObject({ status: 'WAITLISTED', waitlistPosition: 2 });
    });

    it('raising the capacity moves the waitlist up in order; lowering below the taken seats is refused', async () => {
      const raised = await t.gql.ok<{ changeTrainingCapacity: Record<string, number> }>(
        CAPACITY,
        { trainingId: tr.id, capacity: 3 },
        w.organizerA,
      );
      expect(raised.changeTrainingCapacity).toMatchObject({
        capacity: 3,
        confirmedCount: 3,
        waitlistCount: 1,
      });
      const roster = await tf.roster(w.organizerA, tr.id);
      expect(roster.enrollments.find((e) => e.id === rows[4].id)?.status).toBe('CONFIRMED');
      const e = await t.gql.fails(CAPACITY, { trainingId: tr.id, capacity: 2 }, w.organizerA);
      expect(e.extensions).toMatchObject({ code: 'CONFLICT', field: 'capacity' });
      const zero = await t.gql.fails(CAPACITY, { trainingId: tr.id, capacity: 0 }, w.organizerA);
      expect(zero.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'capacity' });
    });

    it('promoteEnrollment confirms one waitlisted person, adding the seat when the class is full', async () => {
      const roster = await tf.roster(w.organizerA, tr.id);
      const waiting = roster.enrollments.find((e) => e.status === 'WAITLISTED') as EnrollmentRow;
      const done = await t.gql.ok<{ promoteEnrollment: EnrollmentRow }>(
        PROMOTE,
        { id: waiting.id },
        w.organizerA,
      );
      expect(done.promoteEnrollment.status).toBe('CONFIRMED');
      expect(await tf.seatsTaken(tr.id)).toEqual({ rows: 4, counter: 4, capacity: 4 });
      const twice = await t.gql.fails(PROMOTE, { id: waiting.id }, w.organizerA);
      expect(twice.extensions).toMatchObject({ code: 'CONFLICT', field: 'id' });
    });
  });

  describe('agency quotas', () => {
    it('holds each agency (with its sub-units) to its quota; the waitlist respects it on promotion', async () => {
      const tr = await tf.schedule(w.organizerA, w.courseA, {
        capacity: 4,
        agencyQuotas: [{ agencyId: w.agencyA.id, seats: 2 }],
      });
      // Two of agency A, one of its bidang A1 (counts against A), one of A2 (no quota), one more of A.
      const rows = await tf.enroll(w.organizerA, tr.id, [
        nipsA[0],
        nipsA1[0],
        nipsA[1],
        nipsA2[0],
        nipsA2[1],
      ]);
      expect(rows.map((r) => r.status)).toEqual([
        'CONFIRMED',
        'CONFIRMED',
        'WAITLISTED',
        'CONFIRMED',
        'CONFIRMED',
      ]);
      const seats = await tf.seatsTaken(tr.id);
      expect(seats).toEqual({ rows: 4, counter: 4, capacity: 4 });
      // A seat of agency A frees: the waitlisted A employee takes it.
      await t.gql.ok(CANCEL_ENROLLMENT, { id: rows[1].id }, w.organizerA);
      const after = await tf.roster(w.organizerA, tr.id);
      expect(after.enrollments.find((e) => e.id === rows[2].id)?.status).toBe('CONFIRMED');
      const [quota] = await t.dataSource.query(
        `SELECT seats, confirmed_count FROM training_agency_quotas WHERE training_id = $1`,
        [tr.id],
      );
      expect(quota).toEqual({ seats: 2, confirmed_count: 2 });
      // A seat of A2 frees while A's quota is full and only A waits: the seat stays free.
      const [late] = await tf.enroll(w.organizerA, tr.id, [nipsA[2]]);
      expect(late.status).toBe('WAITLISTED');
      await t.gql.ok(CANCEL_ENROLLMENT, { id: rows[3].id }, w.organizerA);
      const last = await tf.roster(w.organizerA, tr.id);
      expect(last.enrollments.find((e) => e.id === late.id)?.status).toBe('WAITLISTED');
      expect(last).toMatchObject({ confirmedCount: 3, seatsLeft: 1 });
      // …until someone without a quota arrives.
      const [free] = await tf.enroll(w.organizerA, tr.id, [nipsA2[2]]);
      expect(free.status).toBe('CONFIRMED');
    });
  });

  describe('learners registering themselves', () => {
    it('registers inside the window, once, and sees only their own enrollment', async () => {
      const tr = await tf.schedule(w.organizerA, w.courseA, { capacity: 1 });
      const mine = await t.gql.ok<{ registerForTraining: EnrollmentRow }>(
        REGISTER,
        { trainingId: tr.id },
        w.learners[0],
      );
      expect(mine.registerForTraining).toMatchObject({ status: 'CONFIRMED', source: 'SELF' });
      const twice = await t.gql.fails(REGISTER, { trainingId: tr.id }, w.learners[0]);
      expect(twice.extensions).toMatchObject({ code: 'CONFLICT', field: 'trainingId' });
      const second = await t.gql.ok<{ registerForTraining: EnrollmentRow }>(
        REGISTER,
        { trainingId: tr.id },
        w.learners[1],
      );
      expect(second.registerForTraining).toMatchObject({
        status: 'WAITLISTED',
        waitlistPosition: 1,
      });
      const view = await t.gql.ok<{
        trainingForLearner: {
          seatsLeft: number;
          registrationOpen: boolean;
          sessions: { checkInCode: string | null }[];
          enrollments: { employee: { nip: string } }[];
          myEnrollment: { status: string; waitlistPosition: number | null };
        };
      }>(FOR_LEARNER, { id: tr.id }, w.learners[1]);
      expect(view.trainingForLearner).toMatchObject({
        seatsLeft: 0,
        registrationOpen: true,
        myEnrollment: { status: 'WAITLISTED', waitlistPosition: 1 },
      });
      expect(view.trainingForLearner.enrollments.map((e) => e.employee.nip)).toEqual([
        w.learnerNips[1],
      ]);
      expect(view.trainingForLearner.sessions.every((s) => s.checkInCode === null)).toBe(true);
      const list = await t.gql.ok<{
        myTrainings: (EnrollmentRow & { training: { id: string } })[];
      }>(MY_TRAININGS, {}, w.learners[1]);
      expect(list.myTrainings.find((e) => e.training.id === tr.id)?.waitlistPosition).toBe(1);
      // Withdrawing frees nothing here (a waitlist place), but leaving a seat promotes the next.
      const left = await t.gql.ok<{ withdrawFromTraining: EnrollmentRow }>(
        WITHDRAW,
        { trainingId: tr.id },
        w.learners[0],
      );
      expect(left.withdrawFromTraining.status).toBe('CANCELLED');
      const promoted = await t.gql.ok<{ trainingForLearner: { myEnrollment: { status: string } } }>(
        FOR_LEARNER,
        { id: tr.id },
        w.learners[1],
      );
      expect(promoted.trainingForLearner.myEnrollment.status).toBe('CONFIRMED');
    });

    it('refuses outside the registration window', async () => {
      const started = await tf.schedule(w.organizerA, w.courseA, {
        startDate: jakartaDay(-1),
        endDate: jakartaDay(1),
      });
      const closed = await t.gql.fails(REGISTER, { trainingId: started.id }, w.learners[2]);
      expect(closed.extensions).toMatchObject({ code: 'CONFLICT', field: 'trainingId' });
      const notYet = await tf.schedule(w.organizerA, w.courseA, {
        registrationOpensAt: new Date(Date.now() + 3 * 86_400_000).toISOString(),
      });
      const early = await t.gql.fails(REGISTER, { trainingId: notYet.id }, w.learners[2]);
      expect(early.extensions).toMatchObject({ code: 'CONFLICT', field: 'trainingId' });
      expect(
        await count(`SELECT count(*)::int AS n FROM enrollments WHERE training_id IN ($1, $2)`, [
          started.id,
          notYet.id,
        ]),
      ).toBe(0);
    });

    it('does not show or open another region’s classes, nor those of an archived course', async () => {
      const tr = await tf.schedule(w.organizerA, w.courseA);
      const e = await t.gql.fails(REGISTER, { trainingId: tr.id }, w.learnerB);
      expect(e.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'trainingId' });
      const avail = await t.gql.ok<{ availableTrainings: { edges: { node: { id: string } }[] } }>(
        AVAILABLE,
        {},
        w.learnerB,
      );
      expect(avail.availableTrainings.edges.map((x) => x.node.id)).not.toContain(tr.id);
      const own = await t.gql.ok<{ availableTrainings: { edges: { node: { id: string } }[] } }>(
        AVAILABLE,
        {},
        w.learners[2],
      );
      expect(own.availableTrainings.edges.map((x) => x.node.id)).toContain(tr.id);
      const course = await tf.course(w.organizerA);
      const cls = await tf.schedule(w.organizerA, course.id);
      await t.gql.ok(
        `mutation($id: ID!) { archiveCourse(id: $id) { id } }`,
        { id: course.id },
        w.organizerA,
      );
      const archived = await t.gql.fails(REGISTER, { trainingId: cls.id }, w.learners[2]);
      expect(archived.extensions).toMatchObject({ code: 'CONFLICT', field: 'trainingId' });
    });
  });

  describe('approval', () => {
    it('holds self-registrations for approval, then seats or waitlists them; rejects with a notice', async () => {
      const tr = await tf.schedule(w.organizerA, w.courseA, {
        capacity: 1,
        requiresApproval: true,
      });
      const reqs = [];
      for (const token of w.learners) {
        reqs.push(
          (
            await t.gql.ok<{ registerForTraining: EnrollmentRow }>(
              REGISTER,
              { trainingId: tr.id },
              token,
            )
          ).registerForTraining,
        );
      }
      expect(reqs.map((r) => r.status)).toEqual([
        'PENDING_APPROVAL',
        'PENDING_APPROVAL',
        'PENDING_APPROVAL',
      ]);
      expect((await tf.roster(w.organizerA, tr.id)).confirmedCount).toBe(0);
      // Approval order, not request order, decides the queue.
      const a2 = await t.gql.ok<{ approveEnrollment: EnrollmentRow }>(
        APPROVE,
        { id: reqs[2].id },
        w.organizerA,
      );
      expect(a2.approveEnrollment.status).toBe('CONFIRMED');
      const a0 = await t.gql.ok<{ approveEnrollment: EnrollmentRow }>(
        APPROVE,
        { id: reqs[0].id, reason: 'Disetujui Kepala Bidang' },
        w.organizerA,
      );
      expect(a0.approveEnrollment).toMatchObject({ status: 'WAITLISTED', waitlistPosition: 1 });
      // The organizer's note stays in the audit trail beside the decision.
      const [approval] = await t.dataSource.query(
        `SELECT summary FROM audit_events WHERE action = 'approveEnrollment' AND entity_id = $1`,
        [reqs[0].id],
      );
      expect(approval.summary).toMatchObject({
        before: 'PENDING_APPROVAL',
        after: 'WAITLISTED',
        note: 'Disetujui Kepala Bidang',
      });
      const r1 = await t.gql.ok<{ rejectEnrollment: EnrollmentRow }>(
        REJECT,
        { id: reqs[1].id, reason: 'Kuota OPD' },
        w.organizerA,
      );
      expect(r1.rejectEnrollment.status).toBe('REJECTED');
      const again = await t.gql.fails(APPROVE, { id: reqs[1].id }, w.organizerA);
      expect(again.extensions).toMatchObject({ code: 'CONFLICT', field: 'id' });
      const kinds = (await notices(w.learners[1])).myNotifications.edges
        .map((e) => e.node)
        .filter((n) => n.trainingId === tr.id)
        .map((n) => n.kind);
      expect(kinds).toEqual(['REGISTRATION_REJECTED', 'REGISTRATION_PENDING']);
      const other = await t.gql.fails(APPROVE, { id: reqs[0].id }, w.organizerB);
      expect(other.extensions?.code).toBe('NOT_FOUND');
    });
  });

  describe('notices, roster export, cancelling a class', () => {
    let tr: TrainingRow;

    beforeAll(async () => {
      tr = await tf.schedule(w.organizerA, w.courseA, {
        capacity: 1,
        title: 'Bimtek "Keamanan", Informasi',
      });
      await tf.enroll(w.organizerA, tr.id, [w.learnerNips[0], w.learnerNips[1]]);
    });

    it('tells learners they were confirmed, waitlisted and promoted, in their language', async () => {
      const roster = await tf.roster(w.organizerA, tr.id);
      await t.gql.ok(CANCEL_ENROLLMENT, { id: roster.enrollments[0].id }, w.organizerA);
      const id = await notices(w.learners[1]);
      const mine = id.myNotifications.edges
        .map((e) => e.node)
        .filter((n) => n.trainingId === tr.id);
      expect(mine.map((n) => n.kind)).toEqual(['ENROLLMENT_PROMOTED', 'ENROLLMENT_WAITLISTED']);
      expect(mine[0].message).toContain('Kursi tersedia');
      expect(mine[0].message).toContain(tr.title);
      const en = await notices(w.learners[1], { 'accept-language': 'en-US,en;q=0.9' });
      expect(en.myNotifications.edges[0].node.message).toContain('A seat opened up');
      const first = (await notices(w.learners[0])).myNotifications.edges
        .map((e) => e.node)
        .filter((n) => n.trainingId === tr.id)
        .map((n) => n.kind);
      expect(first).toEqual(['ENROLLMENT_CANCELLED', 'ENROLLMENT_CONFIRMED']);
    });

    it('marks notices read', async () => {
      expect((await notices(w.learners[1])).myUnreadNotificationCount).toBeGreaterThan(0);
      await t.gql.ok(MARK_READ, {}, w.learners[1]);
      const after = await notices(w.learners[1]);
      expect(after.myUnreadNotificationCount).toBe(0);
      const unread = await t.gql.ok<{ myNotifications: { totalCount: number } }>(
        NOTIFICATIONS,
        { unreadOnly: true },
        w.learners[1],
      );
      expect(unread.myNotifications.totalCount).toBe(0);
      expect((await t.gql.fails(NOTIFICATIONS, {}, w.organizerA)).extensions?.code).toBe(
        'FORBIDDEN',
      );
    });

    it('exports the roster as CSV in arrival order, for the class’s staff only', async () => {
      const data = await t.gql.ok<{ trainingRosterCsv: string }>(
        ROSTER_CSV,
        { trainingId: tr.id },
        w.organizerA,
      );
      const lines = data.trainingRosterCsv.trimEnd().split('\r\n');
      expect(lines[0]).toBe(
        'no,nip,full_name,agency_code,agency_name,status,waitlist_position,source,enrolled_at,attended_days,class_days',
      );
      expect(lines).toHaveLength(3);
      expect(lines[1]).toContain(`1,${w.learnerNips[0]},Pembelajar 1,${w.agencyA.code}`);
      expect(lines[1]).toContain(',CANCELLED,,ORGANIZER,');
      expect(lines[2]).toContain(`2,${w.learnerNips[1]},`);
      expect(lines[2]).toMatch(/,CONFIRMED,,ORGANIZER,[^,]+,0,3$/);
      const e = await t.gql.fails(ROSTER_CSV, { trainingId: tr.id }, w.organizerB);
      expect(e.extensions?.code).toBe('NOT_FOUND');
    });

    it('cancelling the class cancels every enrollment and frees every seat', async () => {
      const done = await t.gql.ok<{ cancelTraining: { status: string; confirmedCount: number } }>(
        CANCEL_TRAINING,
        { trainingId: tr.id },
        w.organizerA,
      );
      expect(done.cancelTraining).toEqual({ status: 'CANCELLED', confirmedCount: 0 });
      const e = await t.gql.fails(ENROLL, { trainingId: tr.id, nips: [nipsA[0]] }, w.organizerA);
      expect(e.extensions).toMatchObject({ code: 'CONFLICT', field: 'trainingId' });
      const kinds = (await notices(w.learners[1])).myNotifications.edges.map((x) => x.node.kind);
      expect(kinds[0]).toBe('TRAINING_CANCELLED');
    });
  });

  describe('the database holds the seat rules by itself', () => {
    it('refuses a confirmed row beyond the capacity and a second live row per employee', async () => {
      const tr = await tf.schedule(w.organizerA, w.courseA, { capacity: 1 });
      await tf.enroll(w.organizerA, tr.id, [nipsA[7]]);
      const [{ id: employeeId }] = await t.dataSource.query(
        `SELECT id FROM employees WHERE nip = $1`,
        [nipsA[8]],
      );
      await expect(
        t.dataSource.query(
          `INSERT INTO enrollments (training_id, employee_id, status, source) VALUES ($1, $2, 'CONFIRMED', 'ORGANIZER')`,
          [tr.id, employeeId],
        ),
      ).rejects.toThrow(/trainings_seats_check/);
      const [{ id: seated }] = await t.dataSource.query(`SELECT id FROM employees WHERE nip = $1`, [
        nipsA[7],
      ]);
      await expect(
        t.dataSource.query(
          `INSERT INTO enrollments (training_id, employee_id, status, source) VALUES ($1, $2, 'WAITLISTED', 'ORGANIZER')`,
          [tr.id, seated],
        ),
      ).rejects.toThrow(/enrollments_active_key/);
      expect(await tf.seatsTaken(tr.id)).toEqual({ rows: 1, counter: 1, capacity: 1 });
    });
  });
});
