import {
  IndicatorRowData,
  INDICATORS,
  IndicatorsFixtures,
  IndicatorWorld,
  recordsCsv,
  TrainingRecordInput,
} from '../support/indicators-fixtures';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * contract.md's indicator definitions on hand-computed data.
 *
 * Region A (Kabupaten Ngawi): A-ROOT (e1 III/a, e2 III/b, e3 III/a inactive), A-CHILD under
 * A-ROOT (e4 IV/a, e5 III/a), A-OTHER (e6 II/a). Region B (Kota Madiun): B-ROOT (e7, e8 III/a).
 *
 * Imported records (Y = this year, Y1 = last year):
 *   r1 e1 TECHNICAL digital  8 JP Y  certificate   r2 e1 MANAGERIAL       12 JP Y
 *   r3 e2 TECHNICAL digital  4 JP Y1               r4 e2 SOCIO_CULTURAL    6 JP Y
 *   r5 e3 TECHNICAL digital 30 JP Y  certificate (inactive: never counted)
 *   r6 e4 MANAGERIAL digital 24 JP Y               r7 e6 TECHNICAL        20 JP Y1 certificate
 *   r8 e6 TECHNICAL digital 2.5 JP Y certificate   r9 e7 TECHNICAL digital 40 JP Y certificate
 */
const Y = new Date().getFullYear();
const Y1 = Y - 1;
const today = `${Y}-${String(new Date().getMonth() + 1).padStart(2, '0')}-${String(new Date().getDate()).padStart(2, '0')}`;
/** A date of this year, never after today (so the file also passes in January). */
const thisYear = (monthDay: string) => {
  const date = `${Y}-${monthDay}`;
  return date <= today ? date : today;
};

function records(w: IndicatorWorld): TrainingRecordInput[] {
  const n = w.nips;
  return [
    {
      nip: n.e1,
      code: 'K-TIK-1',
      competency: 'TECHNICAL',
      digital: true,
      jp: 8,
      completedOn: thisYear('03-10'),
      certificate: 'C-1',
    },
    {
      nip: n.e1,
      code: 'K-MAN-1',
      competency: 'MANAGERIAL',
      digital: false,
      jp: 12,
      completedOn: thisYear('05-01'),
    },
    {
      nip: n.e2,
      code: 'K-TIK-2',
      competency: 'TECHNICAL',
      digital: true,
      jp: 4,
      completedOn: `${Y1}-06-01`,
    },
    {
      nip: n.e2,
      code: 'K-SOS-1',
      competency: 'SOCIO_CULTURAL',
      digital: false,
      jp: 6,
      completedOn: thisYear('02-02'),
    },
    {
      nip: n.e3,
      code: 'K-TIK-3',
      competency: 'TECHNICAL',
      digital: true,
      jp: 30,
      completedOn: thisYear('01-15'),
      certificate: 'C-5',
    },
    {
      nip: n.e4,
      code: 'K-MAN-2',
      competency: 'MANAGERIAL',
      digital: true,
      jp: 24,
      completedOn: thisYear('04-04'),
    },
    {
      nip: n.e6,
      code: 'K-TEK-9',
      competency: 'TECHNICAL',
      digital: false,
      jp: 20,
      completedOn: `${Y1}-12-31`,
      certificate: 'X-7',
    },
    {
      nip: n.e6,
      code: 'K-TIK-4',
      competency: 'TECHNICAL',
      digital: true,
      jp: 2.5,
      completedOn: thisYear('01-20'),
      certificate: 'C-8',
    },
    {
      nip: n.e7,
      code: 'K-TIK-5',
      competency: 'TECHNICAL',
      digital: true,
      jp: 40,
      completedOn: thisYear('02-02'),
      certificate: 'C-9',
    },
  ];
}

type Counts = [
  headcount: number,
  trained: number,
  certified: number,
  literate: number,
  totalJp: number,
  compliant: number,
];

/** The row a hand computation predicts, rates derived from the counts. */
function expected(key: string, label: string, c: Counts): IndicatorRowData {
  const [headcount, trained, certified, literate, totalJp, compliant] = c;
  return {
    key,
    label,
    headcount,
    trainedCount: trained,
    certifiedCount: certified,
    literateCount: literate,
    literacyRate: headcount ? literate / headcount : 0,
    totalJp,
    jpCompliantCount: compliant,
    jpComplianceRate: headcount ? compliant / headcount : 0,
  };
}

describe('literacyIndicators', () => {
  let t: TestApp;
  let fx: IndicatorsFixtures;
  let w: IndicatorWorld;

  beforeAll(async () => {
    t = await startTestApp();
    fx = new IndicatorsFixtures(t);
    w = await fx.world();
    const result = await fx.importRecords(w.admin, recordsCsv(records(w)));
    expect(result).toEqual({ created: 9, updated: 0, rejected: 0, errors: [] });
  });

  afterAll(async () => {
    await t?.close();
  });

  const agencyRow = (k: keyof IndicatorWorld['agencies'], c: Counts) =>
    expected(w.agencies[k].id, `Dinas ${w.agencies[k].code}`, c);

  describe('the contract’s definitions, hand-computed', () => {
    it('groups by AGENCY for a year: direct members only, inactive employees nowhere', async () => {
      expect(await fx.indicators(w.admin, 'AGENCY', { year: Y })).toEqual([
        agencyRow('bRoot', [2, 1, 1, 1, 40, 1]),
        agencyRow('aOther', [1, 1, 1, 1, 2.5, 0]),
        agencyRow('aRoot', [2, 1, 1, 1, 26, 1]),
        agencyRow('aChild', [2, 1, 0, 1, 24, 1]),
      ]);
    });

    it('without a year counts training and certificates of every year, JP of this year', async () => {
      const rows = await fx.indicatorMap(w.admin, 'AGENCY');
      // e2 trained last year; e6's certificate of last year is of a non-digital course.
      expect(rows.get(w.agencies.aRoot.id)).toEqual(agencyRow('aRoot', [2, 2, 1, 2, 26, 1]));
      expect(rows.get(w.agencies.aOther.id)).toEqual(agencyRow('aOther', [1, 1, 1, 1, 2.5, 0]));
      expect(rows.get(w.agencies.aChild.id)).toEqual(agencyRow('aChild', [2, 1, 0, 1, 24, 1]));
    });

    it('for last year counts only last year', async () => {
      const rows = await fx.indicatorMap(w.admin, 'AGENCY', { year: Y1 });
      expect(rows.get(w.agencies.aRoot.id)).toEqual(agencyRow('aRoot', [2, 1, 0, 1, 4, 0]));
      expect(rows.get(w.agencies.aOther.id)).toEqual(agencyRow('aOther', [1, 0, 0, 0, 20, 1]));
      expect(rows.get(w.agencies.aChild.id)).toEqual(agencyRow('aChild', [2, 0, 0, 0, 0, 0]));
      expect(rows.get(w.agencies.bRoot.id)).toEqual(agencyRow('bRoot', [2, 0, 0, 0, 0, 0]));
    });

    it('takes an agency’s whole subtree with agencyId, each employee in their own agency', async () => {
      expect(
        await fx.indicators(w.admin, 'AGENCY', { agencyId: w.agencies.aRoot.id, year: Y }),
      ).toEqual([
        agencyRow('aRoot', [2, 1, 1, 1, 26, 1]),
        agencyRow('aChild', [2, 1, 0, 1, 24, 1]),
      ]);
    });

    it('groups by REGION, with and without an agency filter', async () => {
      expect(await fx.indicators(w.admin, 'REGION', { year: Y })).toEqual([
        expected(w.regionA.id, w.regionA.name, [5, 3, 2, 3, 52.5, 2]),
        expected(w.regionB.id, w.regionB.name, [2, 1, 1, 1, 40, 1]),
      ]);
      expect(
        await fx.indicators(w.admin, 'REGION', { agencyId: w.agencies.aRoot.id, year: Y }),
      ).toEqual([expected(w.regionA.id, w.regionA.name, [4, 2, 1, 2, 50, 2])]);
    });

    it('groups by COMPETENCY: every row has the whole headcount and only its records', async () => {
      expect(
        await fx.indicators(w.admin, 'COMPETENCY', { regionId: w.regionA.id, year: Y }),
      ).toEqual([
        expected('TECHNICAL', 'Teknis', [5, 2, 2, 2, 10.5, 0]),
        expected('MANAGERIAL', 'Manajerial', [5, 1, 0, 1, 36, 1]),
        expected('SOCIO_CULTURAL', 'Sosial kultural', [5, 0, 0, 0, 6, 0]),
      ]);
      expect(
        await fx.indicators(w.admin, 'COMPETENCY', {
          regionId: w.regionA.id,
          year: Y,
          competency: 'MANAGERIAL',
        }),
      ).toEqual([expected('MANAGERIAL', 'Manajerial', [5, 1, 0, 1, 36, 1])]);
    });

    it('labels competencies and grades in the language the request asks for', async () => {
      const res = await t.gql.request<{ literacyIndicators: IndicatorRowData[] }>(
        INDICATORS,
        { groupBy: 'COMPETENCY', filter: { year: Y } },
        { token: w.admin, headers: { 'accept-language': 'en' } },
      );
      expect(res.data?.literacyIndicators.map((r) => r.label)).toEqual([
        'Technical',
        'Managerial',
        'Socio-cultural',
      ]);
    });

    it('keeps only one competency’s records with a competency filter', async () => {
      expect(
        await fx.indicators(w.admin, 'AGENCY', {
          regionId: w.regionA.id,
          year: Y,
          competency: 'MANAGERIAL',
        }),
      ).toEqual([
        agencyRow('aOther', [1, 0, 0, 0, 0, 0]),
        agencyRow('aRoot', [2, 0, 0, 0, 12, 0]),
        agencyRow('aChild', [2, 1, 0, 1, 24, 1]),
      ]);
    });

    it('groups by GRADE from I/a upwards, with the grade as key', async () => {
      expect(await fx.indicators(w.admin, 'GRADE', { regionId: w.regionA.id, year: Y })).toEqual([
        expected('II/a', 'Pengatur Muda (II/a)', [1, 1, 1, 1, 2.5, 0]),
        expected('III/a', 'Penata Muda (III/a)', [2, 1, 1, 1, 20, 1]),
        expected('III/b', 'Penata Muda Tingkat I (III/b)', [1, 0, 0, 0, 6, 0]),
        expected('IV/a', 'Pembina (IV/a)', [1, 1, 0, 1, 24, 1]),
      ]);
    });
  });

  describe('scope', () => {
    it('shows an HR analyst only their own region, whatever the grouping', async () => {
      const region = await fx.indicators(w.hrA, 'REGION', { year: Y });
      expect(region.map((r) => r.key)).toEqual([w.regionA.id]);
      expect(region[0].headcount).toBe(5);
      const agencies = await fx.indicators(w.hrA, 'AGENCY', { year: Y });
      expect(agencies.map((r) => r.key)).toEqual([
        w.agencies.aOther.id,
        w.agencies.aRoot.id,
        w.agencies.aChild.id,
      ]);
      for (const groupBy of ['COMPETENCY', 'GRADE']) {
        expect(await fx.indicators(w.hrA, groupBy, { year: Y })).toEqual(
          await fx.indicators(w.admin, groupBy, { year: Y, regionId: w.regionA.id }),
        );
      }
      // Region B's two III/a would make four here.
      const grades = await fx.indicatorMap(w.hrA, 'GRADE');
      expect(grades.get('III/a')?.headcount).toBe(2);
      const hrB = await fx.indicators(w.hrB, 'COMPETENCY', { year: Y });
      expect(hrB.map((r) => r.headcount)).toEqual([2, 2, 2]);
      expect(hrB[0].totalJp).toBe(40);
    });

    it('never answers an HR analyst with another region’s numbers, whatever the filter', async () => {
      for (const groupBy of ['REGION', 'AGENCY', 'COMPETENCY', 'GRADE']) {
        const byRegion = await t.gql.request(
          INDICATORS,
          { groupBy, filter: { regionId: w.regionB.id } },
          { token: w.hrA },
        );
        expect(byRegion.data ?? null).toBeNull();
        expect(byRegion.errors?.[0].extensions).toMatchObject({
          code: 'NOT_FOUND',
          field: 'regionId',
        });
        const byAgency = await t.gql.request(
          INDICATORS,
          { groupBy, filter: { agencyId: w.agencies.bRoot.id, year: Y } },
          { token: w.hrA },
        );
        expect(byAgency.data ?? null).toBeNull();
        expect(byAgency.errors?.[0].extensions).toMatchObject({
          code: 'NOT_FOUND',
          field: 'agencyId',
        });
      }
    });

    it('is for ADMIN and HR_ANALYST only', async () => {
      for (const token of [w.organizerA, w.learnerA]) {
        const error = await t.gql.fails(INDICATORS, { groupBy: 'REGION' }, token);
        expect(error.extensions?.code).toBe('FORBIDDEN');
      }
      const anonymous = await t.gql.fails(INDICATORS, { groupBy: 'REGION' });
      expect(anonymous.extensions?.code).toBe('UNAUTHENTICATED');
    });
  });

  describe('bad input', () => {
    const fails = (filter: Record<string, unknown>, token = w.admin) =>
      t.gql.fails(INDICATORS, { groupBy: 'AGENCY', filter }, token);

    it('names an unknown or malformed region or agency id', async () => {
      const unknown = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
      expect((await fails({ regionId: unknown })).extensions).toMatchObject({
        code: 'NOT_FOUND',
        field: 'regionId',
      });
      expect((await fails({ agencyId: unknown })).extensions).toMatchObject({
        code: 'NOT_FOUND',
        field: 'agencyId',
      });
      expect((await fails({ regionId: 'kabupaten-ngawi' })).extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'regionId',
      });
      expect((await fails({ agencyId: '42' })).extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'agencyId',
      });
    });

    it('refuses a year out of range, naming the field', async () => {
      for (const year of [1969, Y + 1, 20260]) {
        const error = await fails({ year });
        expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'year' });
        expect(error.message).toMatch(/^year: must be a year from 1970 to \d{4}/);
      }
    });

    it('refuses an agency outside the region filter', async () => {
      const error = await fails({ regionId: w.regionA.id, agencyId: w.agencies.bRoot.id });
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'agencyId' });
    });
  });

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
