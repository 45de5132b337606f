import { IndicatorsFixtures, IndicatorWorld } from '../support/indicators-fixtures';
import { startTestApp, TestApp } from '../support/test-app';
import { seedAnalystWorld, thisYear, Y } from './analyst-queries-world';

const LEDGER = `query($employeeId: ID, $nip: String, $year: Int) {
  employeeJpLedger(employeeId: $employeeId, nip: $nip, year: $year) {
    employee { nip fullName } year totalJp obligation shortfall compliant
    bySource { source records jp }
    records { title source jp completedOn competency digital certificateNumber }
  }
}`;
const SHORTFALL = `query($regionId: ID, $agencyId: ID, $year: Int, $first: Int, $after: String) {
  jpShortfall(regionId: $regionId, agencyId: $agencyId, year: $year, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { employee { nip fullName } agency { code } totalJp shortfall } }
  }
}`;

interface ShortfallPage {
  jpShortfall: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: {
      node: {
        employee: { nip: string; fullName: string };
        agency: { code: string };
        totalJp: number;
        shortfall: number;
      };
    }[];
  };
}

describe('analyst queries and exports', () => {
  let t: TestApp;
  let fx: IndicatorsFixtures;
  let w: IndicatorWorld;

  beforeAll(async () => {
    t = await startTestApp();
    fx = new IndicatorsFixtures(t);
    w = await fx.world();
    await seedAnalystWorld(t, fx, w);
  });

  afterAll(async () => {
    await t?.close();
  });

  describe('employeeJpLedger', () => {
    it('lists every record of the year with its source, against 20 JP', async () => {
      const data = await t.gql.ok<{ employeeJpLedger: Record<string, unknown> }>(
        LEDGER,
        { employeeId: w.ids.e1, year: Y },
        w.hrA,
      );
      expect(data.employeeJpLedger).toEqual({
        employee: { nip: w.nips.e1, fullName: 'Eko Satu' },
        year: Y,
        totalJp: 20,
        obligation: 20,
        shortfall: 0,
        compliant: true,
        bySource: [
          { source: 'SELF_PACED', records: 0, jp: 0 },
          { source: 'BIMTEK', records: 0, jp: 0 },
          { source: 'IMPORT', records: 2, jp: 20 },
        ],
        records: expect.arrayContaining([
          {
            title: 'Pelatihan K-TIK-1',
            source: 'IMPORT',
            jp: 8,
            completedOn: thisYear('03-10'),
            competency: 'TECHNICAL',
            digital: true,
            certificateNumber: 'C-1',
          },
          {
            title: 'Pelatihan K-MAN-1',
            source: 'IMPORT',
            jp: 12,
            completedOn: thisYear('05-01'),
            competency: 'MANAGERIAL',
            digital: false,
            certificateNumber: null,
          },
        ]),
      });
    });

    it('finds an employee by NIP and defaults to this year', async () => {
      const data = await t.gql.ok<{
        employeeJpLedger: { year: number; totalJp: number; shortfall: number; compliant: boolean };
      }>(LEDGER, { nip: w.nips.e2 }, w.admin);
      expect(data.employeeJpLedger).toMatchObject({
        year: Y,
        totalJp: 6,
        shortfall: 14,
        compliant: false,
      });
    });

    it('does not show another region’s employee to an HR analyst', async () => {
      for (const variables of [{ employeeId: w.ids.e7 }, { nip: w.nips.e7 }]) {
        const error = await t.gql.fails(LEDGER, variables, w.hrA);
        expect(error.extensions?.code).toBe('NOT_FOUND');
      }
      expect((await t.gql.fails(LEDGER, {}, w.hrA)).extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'employeeId',
      });
      expect(
        (await t.gql.fails(LEDGER, { employeeId: w.ids.e1, year: 1900 }, w.hrA)).extensions,
      ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'year' });
    });
  });

  describe('jpShortfall', () => {
    it('pages the active employees below 20 JP by agency code, then name', async () => {
      const first = await t.gql.ok<ShortfallPage>(SHORTFALL, { year: Y, first: 2 }, w.hrA);
      expect(first.jpShortfall.totalCount).toBe(3);
      expect(first.jpShortfall.pageInfo.hasNextPage).toBe(true);
      const second = await t.gql.ok<ShortfallPage>(
        SHORTFALL,
        { year: Y, first: 2, after: first.jpShortfall.pageInfo.endCursor },
        w.hrA,
      );
      expect(second.jpShortfall.pageInfo.hasNextPage).toBe(false);
      expect([...first.jpShortfall.edges, ...second.jpShortfall.edges].map((e) => e.node)).toEqual([
        {
          employee: { nip: w.nips.e6, fullName: 'Eka Enam' },
          agency: { code: 'NGW-DISDIK' },
          totalJp: 2.5,
          shortfall: 17.5,
        },
        {
          employee: { nip: w.nips.e2, fullName: 'Eka Dua' },
          agency: { code: 'NGW-KOMINFO' },
          totalJp: 6,
          shortfall: 14,
        },
        {
          employee: { nip: w.nips.e5, fullName: 'Eko Lima' },
          agency: { code: 'NGW-KOMINFO-APTIKA' },
          totalJp: 0,
          shortfall: 20,
        },
      ]);
    });

    it('narrows to an agency subtree and exports every page as CSV', async () => {
      const page = await t.gql.ok<ShortfallPage>(
        SHORTFALL,
        { agencyId: w.agencies.aRoot.id, year: Y },
        w.hrA,
      );
      expect(page.jpShortfall.edges.map((e) => e.node.employee.nip)).toEqual([
        w.nips.e2,
        w.nips.e5,
      ]);
      const csv = await t.gql.ok<{
        jpShortfallCsv: { filename: string; rows: number; content: string };
      }>(
        `query($year: Int) { jpShortfallCsv(year: $year) { filename rows content } }`,
        { year: Y },
        w.hrA,
      );
      expect(csv.jpShortfallCsv).toEqual({
        filename: `kekurangan-jp-${Y}.csv`,
        rows: 3,
        content: [
          'nip,nama,golongan,jabatan,kode_opd,nama_opd,tahun,jp,kekurangan_jp',
          `${w.nips.e6},Eka Enam,II/a,Analis,NGW-DISDIK,Dinas NGW-DISDIK,${Y},2.5,17.5`,
          `${w.nips.e2},Eka Dua,III/b,Analis,NGW-KOMINFO,Dinas NGW-KOMINFO,${Y},6,14`,
          `${w.nips.e5},Eko Lima,III/a,Analis,NGW-KOMINFO-APTIKA,Dinas NGW-KOMINFO-APTIKA,${Y},0,20`,
          '',
        ].join('\r\n'),
      });
    });

    it('lists every region for an ADMIN without a filter', async () => {
      const all = await t.gql.ok<ShortfallPage>(SHORTFALL, { year: Y, first: 10 }, w.admin);
      expect(all.jpShortfall.totalCount).toBe(4);
      expect(all.jpShortfall.edges.map((e) => e.node.employee.nip)).toEqual([
        w.nips.e8,
        w.nips.e6,
        w.nips.e2,
        w.nips.e5,
      ]);
    });

    it('keeps an HR analyst in their region', async () => {
      const error = await t.gql.fails(SHORTFALL, { regionId: w.regionB.id }, w.hrA);
      expect(error.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'regionId' });
      const own = await t.gql.ok<ShortfallPage>(SHORTFALL, { year: Y }, w.hrB);
      expect(own.jpShortfall.edges.map((e) => e.node.employee.nip)).toEqual([w.nips.e8]);
    });
  });
});
