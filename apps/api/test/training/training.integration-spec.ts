import { startTestApp, TestApp } from '../support/test-app';
import {
  jakartaDay,
  SCHEDULE,
  TRAINING,
  TrainingFixtures,
  TrainingRow,
  TrainingWorld,
} from '../support/training-fixtures';

const TRAININGS = `query($from: Date, $to: Date, $first: Int, $after: String, $search: String) {
  trainings(from: $from, to: $to, first: $first, after: $after, search: $search) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id title startDate endDate } }
  }
}`;
const SET_INSTRUCTORS = `mutation($trainingId: ID!, $instructorIds: [ID!]!) {
  setTrainingInstructors(trainingId: $trainingId, instructorIds: $instructorIds) { id instructors { id } }
}`;

describe('training: scheduling classes, instructors, scope', () => {
  let t: TestApp;
  let tf: TrainingFixtures;
  let w: TrainingWorld;

  const count = async (table: string) =>
    Number((await t.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n);

  beforeAll(async () => {
    t = await startTestApp();
    tf = new TrainingFixtures(t);
    w = await tf.world();
  });

  afterAll(() => t?.close());

  describe('scheduleTraining', () => {
    it('makes one session day per calendar day, 08:00–16:00 WIB by default', async () => {
      const start = jakartaDay(20);
      const end = jakartaDay(24);
      const tr = await tf.schedule(w.organizerA, w.courseA, { startDate: start, endDate: end });
      expect(tr).toMatchObject({
        capacity: 10,
        confirmedCount: 0,
        seatsLeft: 0 + 10,
        status: 'SCHEDULED',
        mode: 'FACE_TO_FACE',
        timeZone: 'Asia/Jakarta',
        regionId: w.regionA,
        minAttendanceRate: 0.8,
        startDate: start,
        endDate: end,
        registrationOpen: true,
        course: { id: w.courseA },
      });
      expect(tr.sessions.map((s) => s.date)).toEqual(
        [20, 21, 22, 23, 24].map((d) => jakartaDay(d)),
      );
      for (const s of tr.sessions) {
        expect(s.startsAt).toBe(`${s.date}T01:00:00.000Z`);
        expect(s.endsAt).toBe(`${s.date}T09:00:00.000Z`);
        expect(s.checkInCode).toMatch(/^[A-Z2-9]{6}$/);
      }
      // Registration closes, by default, when the class starts.
      expect(tr.registrationClosesAt).toBe(tr.sessions[0].startsAt);
      const audit = await t.dataSource.query(
        `SELECT action, region_id FROM audit_events WHERE entity_type = 'Training' AND entity_id = $1`,
        [tr.id],
      );
      expect(audit).toEqual([{ action: 'scheduleTraining', region_id: w.regionA }]);
    });

    it('takes the contract’s minimal input, and a class whose days have passed', async () => {
      const data = await t.gql.ok<{ scheduleTraining: TrainingRow }>(
        SCHEDULE,
        {
          input: {
            courseId: w.courseA,
            title: 'Bimtek SPBE angkatan lalu',
            startDate: jakartaDay(-30),
            endDate: jakartaDay(-29),
            capacity: 25,
          },
        },
        w.organizerA,
      );
      expect(data.scheduleTraining).toMatchObject({
        capacity: 25,
        minAttendanceRate: 0.8,
        registrationOpen: false,
      });
      expect(data.scheduleTraining.sessions).toHaveLength(2);
    });

    it('honours the class’s own times and zone (WIT)', async () => {
      const tr = await tf.schedule(w.organizerA, w.courseA, {
        startDate: '2030-03-04',
        endDate: '2030-03-04',
        dailyStartTime: '09:30',
        dailyEndTime: '12:00',
        timeZone: 'Asia/Jayapura',
        mode: 'ONLINE',
        meetingUrl: 'https://zoom.example.go.id/j/123',
      });
      expect(tr.sessions).toEqual([
        expect.objectContaining({
          date: '2030-03-04',
          startsAt: '2030-03-04T00:30:00.000Z',
          endsAt: '2030-03-04T03:00:00.000Z',
        }),
      ]);
    });

    it.each([
      ['an end before the start', { startDate: '2030-05-10', endDate: '2030-05-09' }, 'endDate'],
      ['capacity below 1', { capacity: 0 }, 'capacity'],
      ['a minimum attendance above 1', { minAttendanceRate: 1.5 }, 'minAttendanceRate'],
      [
        'a day that ends before it starts',
        { dailyStartTime: '15:00', dailyEndTime: '09:00' },
        'dailyEndTime',
      ],
      ['a malformed time', { dailyStartTime: '8am' }, 'dailyStartTime'],
      ['an unknown time zone', { timeZone: 'Europe/Paris' }, 'timeZone'],
      ['an ONLINE class without a link', { mode: 'ONLINE' }, 'meetingUrl'],
      ['a class longer than a year', { startDate: '2030-01-01', endDate: '2031-06-01' }, 'endDate'],
      ['an empty title', { title: '' }, 'title'],
      [
        'registration closing after the class',
        {
          startDate: '2030-05-10',
          endDate: '2030-05-10',
          registrationClosesAt: '2030-05-11T00:00:00Z',
        },
        'registrationClosesAt',
      ],
      [
        'registration opening after it closes',
        {
          startDate: '2030-05-10',
          endDate: '2030-05-10',
          registrationOpensAt: '2030-05-09T00:00:00Z',
          registrationClosesAt: '2030-05-08T00:00:00Z',
        },
        'registrationOpensAt',
      ],
    ])('rejects %s naming the field, writing nothing', async (_label, input, field) => {
      const before = [await count('trainings'), await count('training_sessions')];
      const e = await t.gql.fails(
        SCHEDULE,
        {
          input: {
            courseId: w.courseA,
            title: 'Bimtek X',
            startDate: '2030-05-10',
            endDate: '2030-05-12',
            capacity: 10,
            ...input,
          },
        },
        w.organizerA,
      );
      expect(e.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect([await count('trainings'), await count('training_sessions')]).toEqual(before);
    });

    it('rejects an archived course, an unknown one and a date that does not exist', async () => {
      const archived = await tf.course(w.organizerA);
      await t.gql.ok(
        `mutation($id: ID!) { archiveCourse(id: $id) { id } }`,
        { id: archived.id },
        w.organizerA,
      );
      const input = {
        title: 'Bimtek X',
        startDate: '2030-05-10',
        endDate: '2030-05-12',
        capacity: 5,
      };
      const e1 = await t.gql.fails(
        SCHEDULE,
        { input: { ...input, courseId: archived.id } },
        w.organizerA,
      );
      expect(e1.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'courseId' });
      const e2 = await t.gql.fails(
        SCHEDULE,
        { input: { ...input, courseId: '7f1d7a6e-0000-4000-8000-000000000000' } },
        w.organizerA,
      );
      expect(e2.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'courseId' });
      const e3 = await t.gql.fails(
        SCHEDULE,
        { input: { ...input, courseId: w.courseA, startDate: '2030-02-30' } },
        w.organizerA,
      );
      expect(e3.extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('checks agency quotas: own region, not nested, not above the capacity', async () => {
      const base = { startDate: '2030-06-01', endDate: '2030-06-02', capacity: 10 };
      const ok = await tf.schedule(w.organizerA, w.courseA, {
        ...base,
        agencyQuotas: [
          { agencyId: w.agencyA.id, seats: 4 },
          { agencyId: w.agencyA2.id, seats: 6 },
        ],
      });
      expect(ok.agencyQuotas.map((q) => [q.agency.code, q.seats, q.confirmedCount]).sort()).toEqual(
        [
          [w.agencyA.code, 4, 0],
          [w.agencyA2.code, 6, 0],
        ].sort(),
      );
      for (const agencyQuotas of [
        [{ agencyId: w.agencyB.id, seats: 2 }],
        [
          { agencyId: w.agencyA.id, seats: 2 },
          { agencyId: w.agencyA1.id, seats: 2 },
        ],
        [{ agencyId: w.agencyA.id, seats: 11 }],
        [
          { agencyId: w.agencyA.id, seats: 1 },
          { agencyId: w.agencyA.id, seats: 2 },
        ],
      ]) {
        const e = await t.gql.fails(
          SCHEDULE,
          { input: { ...base, courseId: w.courseA, title: 'Bimtek Q', agencyQuotas } },
          w.organizerA,
        );
        expect(e.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'agencyQuotas' });
      }
    });
  });

  describe('instructors', () => {
    it('refuses an instructor booked on overlapping days, naming instructorIds', async () => {
      const first = await tf.schedule(w.organizerA, w.courseA, {
        startDate: '2030-07-01',
        endDate: '2030-07-03',
        instructorIds: [w.instructorAId],
      });
      expect(first.instructors.map((i) => i.id)).toEqual([w.instructorAId]);
      const before = await count('trainings');
      const e = await t.gql.fails(
        SCHEDULE,
        {
          input: {
            courseId: w.courseA,
            title: 'Bimtek bentrok',
            startDate: '2030-07-03',
            endDate: '2030-07-05',
            capacity: 5,
            instructorIds: [w.instructorA2Id, w.instructorAId],
          },
        },
        w.organizerA,
      );
      expect(e.extensions).toMatchObject({ code: 'CONFLICT', field: 'instructorIds' });
      expect(e.message).toContain(first.title);
      expect(await count('trainings')).toBe(before);
      // The day after the first class ends is free.
      const later = await tf.schedule(w.organizerA, w.courseA, {
        startDate: '2030-07-04',
        endDate: '2030-07-05',
        instructorIds: [w.instructorAId],
      });
      expect(later.instructors).toHaveLength(1);
      // Adding them later to an overlapping class is refused too, and changes nothing.
      const third = await tf.schedule(w.organizerA, w.courseA, {
        startDate: '2030-07-02',
        endDate: '2030-07-02',
        instructorIds: [w.instructorA2Id],
      });
      const e2 = await t.gql.fails(
        SET_INSTRUCTORS,
        { trainingId: third.id, instructorIds: [w.instructorAId] },
        w.organizerA,
      );
      expect(e2.extensions).toMatchObject({ code: 'CONFLICT', field: 'instructorIds' });
      const still = await t.gql.ok<{ training: TrainingRow }>(
        TRAINING,
        { id: third.id },
        w.organizerA,
      );
      expect(still.training.instructors.map((i) => i.id)).toEqual([w.instructorA2Id]);
    });

    it('books an instructor once when two organizers race for overlapping classes', async () => {
      const attempts = await Promise.all(
        [0, 1, 2, 3].map((i) =>
          t.gql.request(
            SCHEDULE,
            {
              input: {
                courseId: w.courseA,
                title: `Bimtek balapan ${i}`,
                startDate: '2030-08-01',
                endDate: '2030-08-02',
                capacity: 5,
                instructorIds: [w.instructorA2Id],
              },
            },
            { token: w.organizerA },
          ),
        ),
      );
      expect(attempts.filter((r) => !r.errors).length).toBe(1);
      for (const r of attempts.filter((x) => x.errors)) {
        expect(r.errors?.[0].extensions).toMatchObject({
          code: 'CONFLICT',
          field: 'instructorIds',
        });
      }
    });

    it('accepts only INSTRUCTOR accounts of the class’s region', async () => {
      const [orgUser] = await t.dataSource.query<{ id: string }[]>(
        `SELECT id FROM users WHERE 'ORGANIZER' = ANY(roles) LIMIT 1`,
      );
      const e = await t.gql.fails(
        SCHEDULE,
        {
          input: {
            courseId: w.courseA,
            title: 'Bimtek Y',
            startDate: '2031-01-01',
            endDate: '2031-01-01',
            capacity: 5,
            instructorIds: [orgUser.id],
          },
        },
        w.organizerA,
      );
      expect(e.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'instructorIds' });
    });
  });

  describe('who may see and change a class', () => {
    let tr: TrainingRow;

    beforeAll(async () => {
      tr = await tf.schedule(w.organizerA, w.courseA, {
        startDate: '2031-02-01',
        endDate: '2031-02-02',
        instructorIds: [w.instructorAId],
      });
    });

    it('lets ADMIN, the region’s organizer and the class’s instructor read it', async () => {
      for (const token of [w.admin, w.organizerA, w.instructorA]) {
        const data = await t.gql.ok<{ training: TrainingRow }>(TRAINING, { id: tr.id }, token);
        expect(data.training.id).toBe(tr.id);
      }
    });

    it('hides it from another region, other instructors’ classes and other roles', async () => {
      const other = await tf.schedule(w.organizerA, w.courseA, {
        startDate: '2031-03-01',
        endDate: '2031-03-01',
      });
      expect((await t.gql.fails(TRAINING, { id: tr.id }, w.organizerB)).extensions?.code).toBe(
        'NOT_FOUND',
      );
      expect((await t.gql.fails(TRAINING, { id: other.id }, w.instructorA)).extensions?.code).toBe(
        'NOT_FOUND',
      );
      expect((await t.gql.fails(TRAINING, { id: tr.id }, w.hrA)).extensions?.code).toBe(
        'FORBIDDEN',
      );
      expect((await t.gql.fails(TRAINING, { id: tr.id }, w.learners[0])).extensions?.code).toBe(
        'FORBIDDEN',
      );
      expect((await t.gql.fails(TRAINING, { id: tr.id })).extensions?.code).toBe('UNAUTHENTICATED');
      expect((await t.gql.fails(TRAINING, { id: 'not-a-uuid' }, w.admin)).extensions?.code).toBe(
        'NOT_FOUND',
      );
    });

    it('keeps other regions and other roles from scheduling, writing nothing', async () => {
      const before = await count('trainings');
      const input = {
        courseId: w.courseA,
        title: 'Bimtek Z',
        startDate: '2031-04-01',
        endDate: '2031-04-01',
        capacity: 3,
      };
      const e1 = await t.gql.fails(SCHEDULE, { input }, w.organizerB);
      expect(e1.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'courseId' });
      const e2 = await t.gql.fails(
        SCHEDULE,
        { input: { ...input, regionId: w.regionB } },
        w.organizerA,
      );
      expect(e2.extensions?.code).toBe('FORBIDDEN');
      expect((await t.gql.fails(SCHEDULE, { input }, w.instructorA)).extensions?.code).toBe(
        'FORBIDDEN',
      );
      expect((await t.gql.fails(SCHEDULE, { input }, w.hrA)).extensions?.code).toBe('FORBIDDEN');
      expect(await count('trainings')).toBe(before);
      const byAdmin = await t.gql.ok<{ scheduleTraining: TrainingRow }>(
        SCHEDULE,
        { input },
        w.admin,
      );
      expect(byAdmin.scheduleTraining.regionId).toBe(w.regionA);
    });

    it('lists classes for a calendar range, in date order, paged, within scope', async () => {
      const page = async (token: string, vars: Record<string, unknown>) =>
        (
          await t.gql.ok<{
            trainings: {
              totalCount: number;
              pageInfo: { hasNextPage: boolean; endCursor: string | null };
              edges: { node: { id: string; startDate: string; endDate: string } }[];
            };
          }>(TRAININGS, vars, token)
        ).trainings;
      const july = await page(w.organizerA, { from: '2030-07-01', to: '2030-07-31' });
      expect(july.totalCount).toBe(3);
      const dates = july.edges.map((e) => e.node.startDate);
      expect(dates).toEqual([...dates].sort());
      const first = await page(w.organizerA, { from: '2030-07-01', to: '2030-07-31', first: 2 });
      expect(first.pageInfo.hasNextPage).toBe(true);
      const rest = await page(w.organizerA, {
        from: '2030-07-01',
        to: '2030-07-31',
        first: 2,
        after: first.pageInfo.endCursor,
      });
      expect([...first.edges, ...rest.edges].map((e) => e.node.id)).toEqual(
        july.edges.map((e) => e.node.id),
      );
      expect((await page(w.organizerB, { from: '2030-07-01', to: '2030-07-31' })).totalCount).toBe(
        0,
      );
      const taught = await page(w.instructorA, {});
      expect(taught.edges.length).toBeGreaterThan(0);
      const ids = taught.edges.map((e) => e.node.id);
      const rows = await t.dataSource.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM training_instructors WHERE user_id = $1 AND training_id = ANY($2)`,
        [w.instructorAId, ids],
      );
      expect(rows[0].n).toBe(ids.length);
      const bad = await t.gql.fails(
        TRAININGS,
        { from: '2030-07-31', to: '2030-07-01' },
        w.organizerA,
      );
      expect(bad.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
    });
  });
});
