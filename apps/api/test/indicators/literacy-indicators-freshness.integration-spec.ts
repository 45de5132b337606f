import {
  IndicatorRowData,
  IndicatorsFixtures,
  IndicatorWorld,
} from '../support/indicators-fixtures';
import { startTestApp, TestApp } from '../support/test-app';
import { Counts, expected, seedLiteracyWorld, Y, Y1 } from './literacy-indicators-world';

describe('literacyIndicators', () => {
  let t: TestApp;
  let fx: IndicatorsFixtures;
  let w: IndicatorWorld;

  beforeAll(async () => {
    t = await startTestApp();
    fx = new IndicatorsFixtures(t);
    w = await fx.world();
    await seedLiteracyWorld(fx, w);
  });

  afterAll(async () => {
    await t?.close();
  });

  const agencyRow = (k: keyof IndicatorWorld['agencies'], c: Counts) =>
    expected(w.agencies[k].id, `Dinas ${w.agencies[k].code}`, c);

  describe('freshness', () => {
    let enrollmentId: string;
    let trainingId: string;

    it('includes a Bimtek completion in the very next read', async () => {
      const course = await t.gql.ok<{ createCourse: { id: string } }>(
        `mutation($input: CreateCourseInput!) { createCourse(input: $input) { id } }`,
        {
          input: {
            code: 'BIMTEK-SPBE-1',
            title: 'Bimtek Arsitektur SPBE',
            competency: 'TECHNICAL',
            digital: true,
            jp: 3,
            delivery: 'FACE_TO_FACE',
            regionId: w.regionA.id,
          },
        },
        w.admin,
      );
      const day = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
      const scheduled = await t.gql.ok<{ scheduleTraining: { id: string } }>(
        `mutation($input: ScheduleTrainingInput!) { scheduleTraining(input: $input) { id } }`,
        {
          input: {
            courseId: course.createCourse.id,
            title: 'Bimtek SPBE Angkatan I',
            startDate: day,
            endDate: day,
            capacity: 5,
            venue: 'Aula BKPSDM Ngawi',
          },
        },
        w.admin,
      );
      trainingId = scheduled.scheduleTraining.id;
      const enrolled = await t.gql.ok<{ enrollEmployees: { id: string }[] }>(
        `mutation($id: ID!, $nips: [String!]!) { enrollEmployees(trainingId: $id, nips: $nips) { id } }`,
        { id: trainingId, nips: [w.nips.e5] },
        w.admin,
      );
      enrollmentId = enrolled.enrollEmployees[0].id;
      await t.gql.ok(
        `mutation($id: ID!, $date: Date!, $nips: [String!]!) { recordAttendance(trainingId: $id, date: $date, nips: $nips) { id } }`,
        { id: trainingId, date: day, nips: [w.nips.e5] },
        w.admin,
      );
      await t.gql.ok(
        `mutation($id: ID!) { completeTraining(trainingId: $id) { id status } }`,
        { id: trainingId },
        w.admin,
      );
      const year = Number(day.slice(0, 4));
      const rows = await fx.indicatorMap(w.hrA, 'AGENCY', { year });
      if (year === Y) {
        expect(rows.get(w.agencies.aChild.id)).toEqual(agencyRow('aChild', [2, 2, 0, 2, 27, 1]));
      }
      const everyYear = await fx.indicatorMap(w.hrA, 'AGENCY');
      expect(everyYear.get(w.agencies.aChild.id)?.trainedCount).toBe(2);
    });

    it('counts a VALID certificate of a digital course on its issue date, and not once revoked', async () => {
      const issuedOn = `${Y}-01-02`;
      const [{ id }] = await t.dataSource.query<{ id: string }[]>(
        `INSERT INTO certificates (code, enrollment_id, training_id, employee_id, region_id, year, seq,
                                   number, issued_on, content, status)
         VALUES ('kode-uji-sertifikat-0000000001', $1, $2, $3, $4, $5, 1, '800/1/BKPSDM/${Y}', $6,
                 '{"competency": "TECHNICAL"}', 'VALID')
         RETURNING id`,
        [enrollmentId, trainingId, w.ids.e5, w.regionA.id, Y, issuedOn],
      );
      const certified = await fx.indicatorMap(w.hrA, 'AGENCY', { year: Y });
      expect(certified.get(w.agencies.aChild.id)?.certifiedCount).toBe(1);
      expect(
        (await fx.indicatorMap(w.hrA, 'AGENCY', { year: Y1 })).get(w.agencies.aChild.id)
          ?.certifiedCount,
      ).toBe(0);
      const technical = await fx.indicatorMap(w.hrA, 'COMPETENCY', { year: Y });
      expect(technical.get('TECHNICAL')?.certifiedCount).toBe(3);
      expect(technical.get('MANAGERIAL')?.certifiedCount).toBe(0);

      await t.dataSource.query(
        `UPDATE certificates SET status = 'REVOKED', revoked_at = now(), revoke_reason = 'Salah nama'
          WHERE id = $1`,
        [id],
      );
      const revoked = await fx.indicatorMap(w.hrA, 'AGENCY', { year: Y });
      expect(revoked.get(w.agencies.aChild.id)?.certifiedCount).toBe(0);
      expect(
        (await fx.indicatorMap(w.hrA, 'AGENCY')).get(w.agencies.aChild.id)?.certifiedCount,
      ).toBe(0);
    });

    it('moves an employee’s numbers with them when they change agency or leave', async () => {
      const before = await fx.indicatorMap(w.admin, 'AGENCY', { year: Y });
      const child = before.get(w.agencies.aChild.id) as IndicatorRowData;
      const other = before.get(w.agencies.aOther.id) as IndicatorRowData;
      // e4 (24 JP, trained, compliant) moves from A-CHILD to A-OTHER; e6 then leaves the service.
      await fx.people([
        { nip: w.nips.e4, name: 'Eka Empat', agencyCode: w.agencies.aOther.code, grade: 'IV/a' },
      ]);
      const moved = await fx.indicatorMap(w.admin, 'AGENCY', { year: Y });
      expect(moved.get(w.agencies.aChild.id)).toMatchObject({
        headcount: child.headcount - 1,
        trainedCount: child.trainedCount - 1,
        totalJp: child.totalJp - 24,
        jpCompliantCount: child.jpCompliantCount - 1,
      });
      expect(moved.get(w.agencies.aOther.id)).toMatchObject({
        headcount: other.headcount + 1,
        trainedCount: other.trainedCount + 1,
        totalJp: other.totalJp + 24,
        jpCompliantCount: other.jpCompliantCount + 1,
      });
      await fx.people([
        {
          nip: w.nips.e6,
          name: 'Eka Enam',
          agencyCode: w.agencies.aOther.code,
          grade: 'II/a',
          active: false,
        },
      ]);
      expect(
        (await fx.indicatorMap(w.admin, 'AGENCY', { year: Y })).get(w.agencies.aOther.id),
      ).toMatchObject({
        headcount: 1,
        trainedCount: 1,
        certifiedCount: 0,
        totalJp: 24,
      });
    });

    it('keeps the rollups equal to a recomputation from the base tables', async () => {
      expect(await fx.rollupDrift()).toBe(0);
    });
  });
});
