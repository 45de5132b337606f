import {
  IndicatorRowData,
  INDICATORS,
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
});
