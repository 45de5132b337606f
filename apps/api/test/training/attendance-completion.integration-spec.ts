import { startTestApp, TestApp } from '../support/test-app';
import {
  CANCEL_ENROLLMENT,
  COMPLETE,
  ENROLL,
  EnrollmentRow,
  jakartaDay,
  RECORD_ATTENDANCE,
  TrainingFixtures,
  TrainingRow,
  TrainingWorld,
} from '../support/training-fixtures';

const AUDIT = `query($trainingId: ID!) {
  attendanceAudit(trainingId: $trainingId) {
    date enrollmentId changedBy method beforePresent afterPresent afterTheDay
  }
}`;
const CHECK_IN = `mutation($trainingId: ID!, $code: String!) {
  checkIn(trainingId: $trainingId, code: $code) { id status attendedDays }
}`;
const LEARNER_DAYS = `query($id: ID!) {
  trainingForLearner(id: $id) { sessions { date attendance { enrollmentId present method } } }
}`;
const GAIN = `query($id: ID!) {
  training(id: $id) {
    status completedAt
    assessmentGain { participants tested preTestMean postTestMean meanGain }
  }
}`;

describe('training: attendance per day and completion', () => {
  let t: TestApp;
  let tf: TrainingFixtures;
  let w: TrainingWorld;
  let others: string[];

  const count = async (sql: string, params: unknown[] = []) =>
    Number((await t.dataSource.query(sql, params))[0].n);

  beforeAll(async () => {
    t = await startTestApp();
    tf = new TrainingFixtures(t);
    w = await tf.world();
    others = await tf.employees(w.agencyA.code, 8, 'Peserta Presensi');
  });

  afterAll(() => t?.close());

  describe('recordAttendance and checkIn on a running class', () => {
    let tr: TrainingRow;
    let rows: EnrollmentRow[];
    const attendanceRows = (trainingId: string) =>
      count(
        `SELECT count(*)::int AS n FROM attendances a JOIN training_sessions s ON s.id = a.session_id
          WHERE s.training_id = $1`,
        [trainingId],
      );

    beforeAll(async () => {
      tr = await tf.schedule(w.organizerA, w.courseA, {
        startDate: jakartaDay(-2),
        endDate: jakartaDay(2),
        capacity: 4,
        instructorIds: [w.instructorAId],
      });
      rows = await tf.enroll(w.organizerA, tr.id, [...w.learnerNips, others[0], others[1]]);
      expect(rows.map((r) => r.status)).toEqual([
        'CONFIRMED',
        'CONFIRMED',
        'CONFIRMED',
        'CONFIRMED',
        'WAITLISTED',
      ]);
    });

    it('marks a past day for the listed participants (organizer and the class’s instructor)', async () => {
      const byOrganizer = await t.gql.ok<{ recordAttendance: EnrollmentRow[] }>(
        RECORD_ATTENDANCE,
        { trainingId: tr.id, date: jakartaDay(-2), nips: [w.learnerNips[0], w.learnerNips[1]] },
        w.organizerA,
      );
      expect(
        byOrganizer.recordAttendance.map((e) => [e.employee.nip, e.attendedDays]).sort(),
      ).toEqual(
        [
          [w.learnerNips[0], 1],
          [w.learnerNips[1], 1],
        ].sort(),
      );
      const byInstructor = await t.gql.ok<{ recordAttendance: EnrollmentRow[] }>(
        RECORD_ATTENDANCE,
        { trainingId: tr.id, date: jakartaDay(0), nips: [w.learnerNips[0], others[0]] },
        w.instructorA,
      );
      expect(byInstructor.recordAttendance).toHaveLength(2);
      expect(await attendanceRows(tr.id)).toBe(4);
    });

    it.each([
      ['a future day', () => ({ date: jakartaDay(1), nips: [w.learnerNips[0]] }), 'date'],
      [
        'a day before the class',
        () => ({ date: jakartaDay(-3), nips: [w.learnerNips[0]] }),
        'date',
      ],
      ['a day after the class', () => ({ date: jakartaDay(30), nips: [w.learnerNips[0]] }), 'date'],
      [
        'a waitlisted employee',
        () => ({ date: jakartaDay(-1), nips: [w.learnerNips[0], others[1]] }),
        'nips',
      ],
      ['an employee not enrolled', () => ({ date: jakartaDay(-1), nips: [others[2]] }), 'nips'],
      ['an unknown NIP', () => ({ date: jakartaDay(-1), nips: ['198001012005011999'] }), 'nips'],
      ['an empty list', () => ({ date: jakartaDay(-1), nips: [] }), 'nips'],
    ])('refuses %s naming the field, writing nothing', async (_label, vars, field) => {
      const before = await attendanceRows(tr.id);
      const e = await t.gql.fails(
        RECORD_ATTENDANCE,
        { trainingId: tr.id, ...vars() },
        w.organizerA,
      );
      expect(e.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(await attendanceRows(tr.id)).toBe(before);
    });

    it('is for the class’s organizers and instructors only', async () => {
      const before = await attendanceRows(tr.id);
      const vars = { trainingId: tr.id, date: jakartaDay(-1), nips: [w.learnerNips[2]] };
      expect((await t.gql.fails(RECORD_ATTENDANCE, vars, w.organizerB)).extensions?.code).toBe(
        'NOT_FOUND',
      );
      expect((await t.gql.fails(RECORD_ATTENDANCE, vars, w.hrA)).extensions?.code).toBe(
        'FORBIDDEN',
      );
      expect((await t.gql.fails(RECORD_ATTENDANCE, vars, w.learners[2])).extensions?.code).toBe(
        'FORBIDDEN',
      );
      const other = await tf.schedule(w.organizerA, w.courseA, {
        startDate: jakartaDay(-2),
        endDate: jakartaDay(-2),
      });
      await tf.enroll(w.organizerA, other.id, [w.learnerNips[2]]);
      const notTheirs = await t.gql.fails(
        RECORD_ATTENDANCE,
        { trainingId: other.id, date: jakartaDay(-2), nips: [w.learnerNips[2]] },
        w.instructorA,
      );
      expect(notTheirs.extensions?.code).toBe('NOT_FOUND');
      expect(await attendanceRows(tr.id)).toBe(before);
    });

    it('audits every change with who, when, before and after; unchanged marks add nothing', async () => {
      const absent = await t.gql.ok<{ recordAttendance: EnrollmentRow[] }>(
        RECORD_ATTENDANCE,
        { trainingId: tr.id, date: jakartaDay(-2), nips: [w.learnerNips[1]], present: false },
        w.organizerA,
      );
      expect(absent.recordAttendance[0].attendedDays).toBe(0);
      await t.gql.ok(
        RECORD_ATTENDANCE,
        { trainingId: tr.id, date: jakartaDay(-2), nips: [w.learnerNips[0]] },
        w.organizerA,
      );
      const audit = (
        await t.gql.ok<{
          attendanceAudit: {
            date: string;
            enrollmentId: string;
            changedBy: string;
            method: string;
            beforePresent: boolean | null;
            afterPresent: boolean;
            afterTheDay: boolean;
          }[];
        }>(AUDIT, { trainingId: tr.id }, w.organizerA)
      ).attendanceAudit;
      expect(audit).toHaveLength(5);
      const late = audit.filter((a) => a.enrollmentId === rows[1].id);
      expect(late).toEqual([
        expect.objectContaining({
          date: jakartaDay(-2),
          beforePresent: null,
          afterPresent: true,
          afterTheDay: true,
        }),
        expect.objectContaining({
          date: jakartaDay(-2),
          beforePresent: true,
          afterPresent: false,
          afterTheDay: true,
        }),
      ]);
      expect(late[1].changedBy).toMatch(/^org-t/);
      const today = audit.filter((a) => a.date === jakartaDay(0));
      expect(today.every((a) => !a.afterTheDay && a.changedBy.startsWith('ins-t'))).toBe(true);
      const e = await t.gql.fails(AUDIT, { trainingId: tr.id }, w.organizerB);
      expect(e.extensions?.code).toBe('NOT_FOUND');
    });

    it('lets a learner check in with today’s code, only inside the session window', async () => {
      const [today] = await t.dataSource.query(
        `UPDATE training_sessions SET starts_at = now() - interval '1 hour', ends_at = now() + interval '1 hour'
          WHERE training_id = $1 AND day = $2 RETURNING check_in_code`,
        [tr.id, jakartaDay(0)],
      );
      const code: string = today[0].check_in_code;
      const wrong = await t.gql.fails(
        CHECK_IN,
        { trainingId: tr.id, code: code === 'AAAAAA' ? 'BBBBBB' : 'AAAAAA' },
        w.learners[2],
      );
      expect(wrong.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
      const ok = await t.gql.ok<{ checkIn: { attendedDays: number } }>(
        CHECK_IN,
        { trainingId: tr.id, code: ` ${code.toLowerCase()} ` },
        w.learners[2],
      );
      expect(ok.checkIn.attendedDays).toBe(1);
      const again = await t.gql.ok<{ checkIn: { attendedDays: number } }>(
        CHECK_IN,
        { trainingId: tr.id, code },
        w.learners[2],
      );
      expect(again.checkIn.attendedDays).toBe(1);
      const [{ method }] = await t.dataSource.query(
        `SELECT a.method FROM attendances a WHERE a.enrollment_id = $1`,
        [rows[2].id],
      );
      expect(method).toBe('CHECK_IN');
      // A learner sees their own marks only.
      const view = await t.gql.ok<{
        trainingForLearner: {
          sessions: { date: string; attendance: { enrollmentId: string }[] }[];
        };
      }>(LEARNER_DAYS, { id: tr.id }, w.learners[2]);
      const marks = view.trainingForLearner.sessions.flatMap((s) => s.attendance);
      expect(marks.map((m) => m.enrollmentId)).toEqual([rows[2].id]);
      // Outside the window the code no longer works.
      await t.dataSource.query(
        `UPDATE training_sessions SET starts_at = now() - interval '3 hours', ends_at = now() - interval '2 hours'
          WHERE training_id = $1 AND day = $2`,
        [tr.id, jakartaDay(0)],
      );
      const closed = await t.gql.fails(CHECK_IN, { trainingId: tr.id, code }, w.learners[0]);
      expect(closed.extensions).toMatchObject({ code: 'CONFLICT', field: 'code' });
    });

    it('refuses check-in by someone without a confirmed seat', async () => {
      const otherRegion = await t.gql.fails(
        CHECK_IN,
        { trainingId: tr.id, code: 'ABCDEF' },
        w.learnerB,
      );
      expect(otherRegion.extensions?.code).toBe('NOT_FOUND');
      const staff = await t.gql.fails(
        CHECK_IN,
        { trainingId: tr.id, code: 'ABCDEF' },
        w.organizerA,
      );
      expect(staff.extensions?.code).toBe('FORBIDDEN');
    });

    it('refuses to complete a class before its last day', async () => {
      const e = await t.gql.fails(COMPLETE, { trainingId: tr.id }, w.organizerA);
      expect(e.extensions).toMatchObject({ code: 'CONFLICT', field: 'trainingId' });
      expect(
        await count(`SELECT count(*)::int AS n FROM learning_records WHERE source = 'BIMTEK'`),
      ).toBe(0);
    });
  });

  describe('completeTraining', () => {
    let tr: TrainingRow;
    let rows: EnrollmentRow[];
    let result: EnrollmentRow[];
    const days = [-5, -4, -3, -2, -1].map((d) => jakartaDay(d));

    beforeAll(async () => {
      tr = await tf.schedule(w.organizerA, w.courseA, {
        startDate: days[0],
        endDate: days[4],
        capacity: 3,
      });
      rows = await tf.enroll(w.organizerA, tr.id, [others[3], others[4], others[5], others[6]]);
      const mark = (date: string, nips: string[]) =>
        t.gql.ok(RECORD_ATTENDANCE, { trainingId: tr.id, date, nips }, w.organizerA);
      for (const [i, date] of days.entries()) {
        // others[3]: 5 of 5 days, others[4]: 4 of 5 (exactly 0.8), others[5]: 3 of 5.
        await mark(date, [others[3], ...(i < 4 ? [others[4]] : []), ...(i < 3 ? [others[5]] : [])]);
      }
      result = (
        await t.gql.ok<{ completeTraining: EnrollmentRow[] }>(
          COMPLETE,
          { trainingId: tr.id },
          w.organizerA,
        )
      ).completeTraining;
    });

    it('decides each participant by attendance against the minimum rate', () => {
      const byNip = new Map(result.map((e) => [e.employee.nip, e]));
      expect(result).toHaveLength(3);
      expect(byNip.get(others[3])).toMatchObject({
        status: 'COMPLETED',
        attendanceRate: 1,
        attendedDays: 5,
      });
      expect(byNip.get(others[4])).toMatchObject({ status: 'COMPLETED', attendanceRate: 0.8 });
      expect(byNip.get(others[5])).toMatchObject({ status: 'NOT_COMPLETED', attendanceRate: 0.6 });
    });

    it('credits the course’s JP to the ledger of those who completed, in the same transaction', async () => {
      const records = await t.dataSource.query(
        `SELECT source_ref, jp::float AS jp, completed_on::text AS completed_on, digital FROM learning_records
          WHERE source = 'BIMTEK' ORDER BY source_ref`,
      );
      expect(records).toEqual(
        [rows[0].id, rows[1].id]
          .sort()
          .map((id) => ({ source_ref: id, jp: 24, completed_on: days[4], digital: true })),
      );
    });

    it('closes the waitlist and the class', async () => {
      const [waiting] = await t.dataSource.query(`SELECT status FROM enrollments WHERE id = $1`, [
        rows[3].id,
      ]);
      expect(waiting.status).toBe('CANCELLED');
      const data = await t.gql.ok<{ training: { status: string; completedAt: string | null } }>(
        GAIN,
        { id: tr.id },
        w.organizerA,
      );
      expect(data.training.status).toBe('COMPLETED');
      expect(data.training.completedAt).not.toBeNull();
    });

    it('is idempotent: a second call changes nothing and answers the same participants', async () => {
      const ledger = await count(`SELECT count(*)::int AS n FROM learning_records`);
      const notices = await count(`SELECT count(*)::int AS n FROM notifications`);
      const again = (
        await t.gql.ok<{ completeTraining: EnrollmentRow[] }>(
          COMPLETE,
          { trainingId: tr.id },
          w.organizerA,
        )
      ).completeTraining;
      expect(again.map((e) => [e.id, e.status]).sort()).toEqual(
        result.map((e) => [e.id, e.status]).sort(),
      );
      expect(await count(`SELECT count(*)::int AS n FROM learning_records`)).toBe(ledger);
      expect(await count(`SELECT count(*)::int AS n FROM notifications`)).toBe(notices);
    });

    it('completes a class exactly once under more concurrent calls than the pool has connections', async () => {
      const cls = await tf.schedule(w.organizerA, w.courseA, {
        startDate: days[4],
        endDate: days[4],
        capacity: 2,
      });
      await tf.enroll(w.organizerA, cls.id, [others[3], others[7]]);
      await t.gql.ok(
        RECORD_ATTENDANCE,
        { trainingId: cls.id, date: days[4], nips: [others[3], others[7]] },
        w.organizerA,
      );
      const calls = await Promise.all(
        Array.from({ length: 15 }, () =>
          t.gql.request(COMPLETE, { trainingId: cls.id }, { token: w.organizerA }),
        ),
      );
      expect(calls.every((c) => !c.errors)).toBe(true);
      expect(
        await count(
          `SELECT count(*)::int AS n FROM learning_records r JOIN enrollments e ON e.id::text = r.source_ref
            WHERE e.training_id = $1`,
          [cls.id],
        ),
      ).toBe(2);
    });

    it('makes the class final: no enrolling, cancelling or marking afterwards', async () => {
      const enroll = await t.gql.fails(
        ENROLL,
        { trainingId: tr.id, nips: [others[7]] },
        w.organizerA,
      );
      expect(enroll.extensions).toMatchObject({ code: 'CONFLICT', field: 'trainingId' });
      const cancel = await t.gql.fails(CANCEL_ENROLLMENT, { id: rows[0].id }, w.organizerA);
      expect(cancel.extensions?.code).toBe('CONFLICT');
      const mark = await t.gql.fails(
        RECORD_ATTENDANCE,
        { trainingId: tr.id, date: days[4], nips: [others[5]] },
        w.organizerA,
      );
      expect(mark.extensions).toMatchObject({ code: 'CONFLICT', field: 'trainingId' });
    });

    it('tells each participant the outcome', async () => {
      const kinds = await t.dataSource.query(
        `SELECT n.kind FROM notifications n WHERE n.training_id = $1 AND n.kind LIKE 'TRAINING_%' ORDER BY n.kind`,
        [tr.id],
      );
      expect(kinds.map((k: { kind: string }) => k.kind)).toEqual([
        'TRAINING_COMPLETED',
        'TRAINING_COMPLETED',
        'TRAINING_NOT_COMPLETED',
      ]);
    });

    it('is for the class’s own organizers', async () => {
      const cls = await tf.schedule(w.organizerA, w.courseA, {
        startDate: days[0],
        endDate: days[1],
      });
      for (const [token, code] of [
        [w.organizerB, 'NOT_FOUND'],
        [w.instructorA, 'FORBIDDEN'],
        [w.hrA, 'FORBIDDEN'],
      ]) {
        expect((await t.gql.fails(COMPLETE, { trainingId: cls.id }, token)).extensions?.code).toBe(
          code,
        );
      }
      const [{ status }] = await t.dataSource.query(`SELECT status FROM trainings WHERE id = $1`, [
        cls.id,
      ]);
      expect(status).toBe('SCHEDULED');
    });
  });

  describe('post-test requirement and the class’s gain', () => {
    it('completes only those who also passed the post-test after the class began, and reports the gain', async () => {
      const start = jakartaDay(-3);
      const course = await tf.course(w.organizerA, { jp: 8 });
      const tr = await tf.schedule(w.organizerA, course.id, {
        startDate: start,
        endDate: jakartaDay(-3),
        capacity: 5,
        postTestRequired: true,
      });
      const rows = await tf.enroll(w.organizerA, tr.id, [others[0], others[1], others[2]]);
      await t.gql.ok(
        RECORD_ATTENDANCE,
        { trainingId: tr.id, date: start, nips: [others[0], others[1], others[2]] },
        w.organizerA,
      );
      const ids = await t.dataSource.query<{ id: string; nip: string }[]>(
        `SELECT id, nip FROM employees WHERE nip = ANY($1)`,
        [[others[0], others[1], others[2]]],
      );
      const idOf = (nip: string) => ids.find((r) => r.nip === nip)?.id;
      const [pre] = await t.dataSource.query(
        `INSERT INTO assessments (course_id, kind, question_count, passing_score) VALUES ($1, 'PRE', 5, 0) RETURNING id`,
        [course.id],
      );
      const [post] = await t.dataSource.query(
        `INSERT INTO assessments (course_id, kind, question_count, passing_score) VALUES ($1, 'POST', 5, 70) RETURNING id`,
        [course.id],
      );
      const attempt = (
        assessmentId: string,
        kind: string,
        nip: string,
        score: number,
        at: string,
      ) =>
        t.dataSource.query(
          `INSERT INTO assessment_attempts
             (assessment_id, course_id, kind, employee_id, attempt_number, started_at, submitted_at, score, passed)
           VALUES ($1, $2, $3, $4, 1, $5::timestamptz, $5::timestamptz, $6::numeric, $6::numeric >= 70)`,
          [assessmentId, course.id, kind, idOf(nip), at, score],
        );
      const during = `${start}T10:00:00+07:00`;
      await attempt(pre.id, 'PRE', others[0], 40, during);
      await attempt(post.id, 'POST', others[0], 90, during);
      await attempt(pre.id, 'PRE', others[1], 50, during);
      await attempt(post.id, 'POST', others[1], 60, during);
      // Passed, but weeks before this class: it does not count for it.
      await attempt(post.id, 'POST', others[2], 95, `${jakartaDay(-40)}T06:00:00+07:00`);

      const done = (
        await t.gql.ok<{ completeTraining: EnrollmentRow[] }>(
          COMPLETE,
          { trainingId: tr.id },
          w.organizerA,
        )
      ).completeTraining;
      const byId = new Map(done.map((e) => [e.id, e]));
      expect(byId.get(rows[0].id)).toMatchObject({ status: 'COMPLETED', postTestPassed: true });
      expect(byId.get(rows[1].id)).toMatchObject({
        status: 'NOT_COMPLETED',
        postTestPassed: false,
      });
      expect(byId.get(rows[2].id)).toMatchObject({
        status: 'NOT_COMPLETED',
        postTestPassed: false,
      });
      const credited = await t.dataSource.query(
        `SELECT source_ref, jp::float AS jp FROM learning_records WHERE course_id = $1`,
        [course.id],
      );
      expect(credited).toEqual([{ source_ref: rows[0].id, jp: 8 }]);

      const gain = await t.gql.ok<{
        training: { assessmentGain: Record<string, number> | null };
      }>(GAIN, { id: tr.id }, w.organizerA);
      expect(gain.training.assessmentGain).toEqual({
        participants: 3,
        tested: 2,
        preTestMean: 45,
        postTestMean: 75,
        meanGain: 30,
      });
    });
  });
});
