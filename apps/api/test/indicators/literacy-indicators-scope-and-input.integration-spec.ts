import { INDICATORS, IndicatorsFixtures, IndicatorWorld } from '../support/indicators-fixtures';
import { startTestApp, TestApp } from '../support/test-app';
import { seedLiteracyWorld, Y } from './literacy-indicators-world';

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
});
