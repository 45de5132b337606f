import {
  IndicatorsFixtures,
  IndicatorWorld,
  recordsCsv,
  TrainingRecordInput,
} from '../support/indicators-fixtures';
import { startTestApp, TestApp } from '../support/test-app';

const Y = new Date().getFullYear();
const Y1 = Y - 1;
const pad = (n: number) => String(n).padStart(2, '0');
const now = new Date();
const TODAY = `${Y}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
const thisYear = (monthDay: string) => (`${Y}-${monthDay}` <= TODAY ? `${Y}-${monthDay}` : TODAY);

/** Same cast as literacy-indicators.integration-spec.ts, with institutions for SIASN. */
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
      institution: 'BPSDM Jawa Timur',
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
      institution: 'Cisco Networking Academy',
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
const LEVELS = `query($regionId: ID, $agencyId: ID, $competency: CompetencyType) {
  competencyLevelDistribution(regionId: $regionId, agencyId: $agencyId, competency: $competency) {
    agencyCode competency headcount withoutLevel level1 level2 level3 level4 level5
  }
}`;
const TREND = `query($filter: IndicatorFilter) {
  monthlyTrend(filter: $filter) {
    month period headcount trainedCount learnerCount totalJp cumulativeJp cumulativeTrainedCount
    cumulativeCompliantCount cumulativeComplianceRate
  }
}`;

/** The trend of this year over the records of everyone but `excluded`, among `headcount`. */
function referenceTrend(all: TrainingRecordInput[], excluded: string[], headcount: number) {
  const mine = all.filter((r) => r.completedOn.startsWith(`${Y}-`) && !excluded.includes(r.nip));
  const months = Number(TODAY.slice(5, 7));
  return Array.from({ length: months }, (_, i) => {
    const m = i + 1;
    const inMonth = mine.filter((r) => Number(r.completedOn.slice(5, 7)) === m);
    const upTo = mine.filter((r) => Number(r.completedOn.slice(5, 7)) <= m);
    const jpOf = (nip: string) =>
      upTo.filter((r) => r.nip === nip).reduce((sum, r) => sum + Number(r.jp), 0);
    const compliant = new Set(upTo.map((r) => r.nip).filter((nip) => jpOf(nip) >= 20)).size;
    return {
      month: m,
      period: `${Y}-${pad(m)}`,
      headcount,
      trainedCount: new Set(inMonth.filter((r) => r.digital).map((r) => r.nip)).size,
      learnerCount: new Set(inMonth.map((r) => r.nip)).size,
      totalJp: inMonth.reduce((sum, r) => sum + Number(r.jp), 0),
      cumulativeJp: upTo.reduce((sum, r) => sum + Number(r.jp), 0),
      cumulativeTrainedCount: new Set(upTo.filter((r) => r.digital).map((r) => r.nip)).size,
      cumulativeCompliantCount: compliant,
      cumulativeComplianceRate: compliant / headcount,
    };
  });
}

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
    // Courses with levels, created before the import so that imported records link to them.
    for (const [code, competency, level] of [
      ['K-TIK-1', 'TECHNICAL', 2],
      ['K-TIK-4', 'TECHNICAL', 4],
      ['K-MAN-2', 'MANAGERIAL', 3],
    ] as const) {
      await t.gql.ok(
        `mutation($input: CreateCourseInput!) { createCourse(input: $input) { id } }`,
        {
          input: {
            code,
            title: `Kursus ${code}`,
            competency,
            digital: true,
            jp: 2,
            level,
            regionId: w.regionA.id,
          },
        },
        w.admin,
      );
    }
    expect(await fx.importRecords(w.admin, recordsCsv(records(w)))).toMatchObject({
      created: 9,
      rejected: 0,
    });
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

  describe('competencyLevelDistribution', () => {
    it('counts each active employee at the highest course level completed, per agency', async () => {
      const data = await t.gql.ok<{ competencyLevelDistribution: Record<string, unknown>[] }>(
        LEVELS,
        { regionId: w.regionA.id },
        w.admin,
      );
      const row = (
        agencyCode: string,
        competency: string,
        headcount: number,
        withoutLevel: number,
        levels: number[],
      ) => ({
        agencyCode,
        competency,
        headcount,
        withoutLevel,
        level1: levels[0],
        level2: levels[1],
        level3: levels[2],
        level4: levels[3],
        level5: levels[4],
      });
      expect(data.competencyLevelDistribution).toEqual([
        row('NGW-DISDIK', 'TECHNICAL', 1, 0, [0, 0, 0, 1, 0]),
        row('NGW-DISDIK', 'MANAGERIAL', 1, 1, [0, 0, 0, 0, 0]),
        row('NGW-DISDIK', 'SOCIO_CULTURAL', 1, 1, [0, 0, 0, 0, 0]),
        row('NGW-KOMINFO', 'TECHNICAL', 2, 1, [0, 1, 0, 0, 0]),
        row('NGW-KOMINFO', 'MANAGERIAL', 2, 2, [0, 0, 0, 0, 0]),
        row('NGW-KOMINFO', 'SOCIO_CULTURAL', 2, 2, [0, 0, 0, 0, 0]),
        row('NGW-KOMINFO-APTIKA', 'TECHNICAL', 2, 2, [0, 0, 0, 0, 0]),
        row('NGW-KOMINFO-APTIKA', 'MANAGERIAL', 2, 1, [0, 0, 1, 0, 0]),
        row('NGW-KOMINFO-APTIKA', 'SOCIO_CULTURAL', 2, 2, [0, 0, 0, 0, 0]),
      ]);
      const everywhere = await t.gql.ok<{ competencyLevelDistribution: Record<string, unknown>[] }>(
        LEVELS,
        {},
        w.admin,
      );
      expect(everywhere.competencyLevelDistribution).toEqual([
        row('MDN-KOMINFO', 'TECHNICAL', 2, 2, [0, 0, 0, 0, 0]),
        row('MDN-KOMINFO', 'MANAGERIAL', 2, 2, [0, 0, 0, 0, 0]),
        row('MDN-KOMINFO', 'SOCIO_CULTURAL', 2, 2, [0, 0, 0, 0, 0]),
        ...data.competencyLevelDistribution,
      ]);
      const managerial = await t.gql.ok<{ competencyLevelDistribution: { agencyCode: string }[] }>(
        LEVELS,
        { competency: 'MANAGERIAL', agencyId: w.agencies.aChild.id },
        w.hrA,
      );
      expect(managerial.competencyLevelDistribution).toEqual([
        row('NGW-KOMINFO-APTIKA', 'MANAGERIAL', 2, 1, [0, 0, 1, 0, 0]),
      ]);
    });
  });

  describe('monthlyTrend', () => {
    it('gives each month up to now with its training, JP and cumulative compliance', async () => {
      const data = await t.gql.ok<{ monthlyTrend: Record<string, number | string>[] }>(
        TREND,
        { filter: { year: Y } },
        w.hrA,
      );
      // A reference computation over region A's active employees (e3 is inactive).
      const expected = referenceTrend(records(w), [w.nips.e3, w.nips.e7], 5);
      expect(data.monthlyTrend).toEqual(expected);
      expect(data.monthlyTrend.at(-1)).toMatchObject({
        cumulativeJp: 52.5,
        cumulativeCompliantCount: 2,
      });
    });

    it('covers all twelve months of a past year', async () => {
      const data = await t.gql.ok<{
        monthlyTrend: { month: number; totalJp: number; cumulativeCompliantCount: number }[];
      }>(TREND, { filter: { year: Y1, regionId: w.regionA.id } }, w.admin);
      expect(data.monthlyTrend).toHaveLength(12);
      expect(data.monthlyTrend[5]).toMatchObject({
        month: 6,
        totalJp: 4,
        cumulativeCompliantCount: 0,
      });
      expect(data.monthlyTrend[11]).toMatchObject({
        month: 12,
        totalJp: 20,
        cumulativeCompliantCount: 1,
      });
    });
  });

  describe('exports', () => {
    it('exports the indicator table as CSV', async () => {
      const data = await t.gql.ok<{ literacyIndicatorsCsv: { rows: number; content: string } }>(
        `query($filter: IndicatorFilter) { literacyIndicatorsCsv(groupBy: COMPETENCY, filter: $filter) { rows content } }`,
        { filter: { year: Y } },
        w.hrA,
      );
      expect(data.literacyIndicatorsCsv.content.split('\r\n').slice(0, 2)).toEqual([
        'key,label,headcount,trainedCount,certifiedCount,literateCount,literacyRate,totalJp,jpCompliantCount,jpComplianceRate',
        'TECHNICAL,Teknis,5,2,2,2,0.4,10.5,0,0',
      ]);
    });

    it('publishes the year per region for Satu Data Indonesia, with metadata', async () => {
      const data = await t.gql.ok<{
        literacyOpenData: {
          year: number;
          data: { filename: string; content: string };
          metadataFilename: string;
          metadataJson: string;
        };
      }>(
        `query($year: Int!) { literacyOpenData(year: $year) { year data { filename content } metadataFilename metadataJson } }`,
        { year: Y },
        w.admin,
      );
      const pkg = data.literacyOpenData;
      expect(pkg.data.filename).toBe(`literasi-digital-aparatur-${Y}.csv`);
      expect(pkg.data.content.split('\r\n')).toEqual([
        'kode_provinsi,nama_provinsi,kode_kabupaten_kota,nama_kabupaten_kota,jumlah_aparatur,jumlah_aparatur_pelatihan_tik,jumlah_aparatur_sertifikasi_tik,jumlah_aparatur_literasi_digital,tingkat_literasi_digital,total_jp,jumlah_aparatur_memenuhi_20_jp,tingkat_pemenuhan_20_jp,tahun',
        `35,Jawa Timur,35.21,Kabupaten Ngawi,5,3,2,3,60,52.5,2,40,${Y}`,
        `35,Jawa Timur,35.77,Kota Madiun,2,1,1,1,50,40,1,50,${Y}`,
        '',
      ]);
      const metadata = JSON.parse(pkg.metadataJson);
      expect(metadata).toMatchObject({
        tahun: Y,
        frekuensi: { id: 'Tahunan', en: 'Yearly' },
        wilayah: [
          { kode: '35.21', nama: 'Kabupaten Ngawi', jenis: 'REGENCY' },
          { kode: '35.77', nama: 'Kota Madiun', jenis: 'CITY' },
        ],
      });
      for (const key of ['konsep', 'definisi', 'satuan', 'sumber', 'referensi_kode_wilayah']) {
        expect(metadata[key].id.length).toBeGreaterThan(10);
      }
      expect(metadata.kolom.map((c: { nama: string }) => c.nama)).toContain(
        'tingkat_literasi_digital',
      );

      const own = await t.gql.ok<{ literacyOpenData: { data: { content: string } } }>(
        `query($year: Int!) { literacyOpenData(year: $year) { data { content } } }`,
        { year: Y },
        w.hrB,
      );
      expect(own.literacyOpenData.data.content).not.toContain('Ngawi');
    });

    it('exports completed trainings in the fields of SIASN riwayat kursus', async () => {
      const data = await t.gql.ok<{ siasnCourseExport: { rows: number; content: string } }>(
        `query($agencyId: ID, $year: Int) { siasnCourseExport(agencyId: $agencyId, year: $year) { rows content } }`,
        { agencyId: w.agencies.aOther.id, year: Y },
        w.hrA,
      );
      const date = thisYear('01-20').split('-').reverse().join('-');
      expect(data.siasnCourseExport).toEqual({
        rows: 1,
        content: [
          'namaKursus,institusiPenyelenggara,jumlahJam,nomorSertipikat,tanggalKursus,tanggalSelesaiKursus,tahunKursus,NIP',
          `Pelatihan K-TIK-4,Cisco Networking Academy,3,C-8,${date},${date},${Y},${w.nips.e6}`,
          '',
        ].join('\r\n'),
      });
      const everyYear = await t.gql.ok<{ siasnCourseExport: { rows: number } }>(
        `{ siasnCourseExport { rows } }`,
        {},
        w.hrB,
      );
      expect(everyYear.siasnCourseExport.rows).toBe(1);
    });

    it('serves the files over plain HTTP with the same token and scope', async () => {
      const get = (path: string, token?: string) =>
        fetch(`${t.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
      const csv = await get(`/api/indicators/open-data/${Y}/data.csv`, w.hrA);
      expect(csv.status).toBe(200);
      expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(csv.headers.get('content-disposition')).toBe(
        `attachment; filename="literasi-digital-aparatur-${Y}.csv"`,
      );
      expect(await csv.text()).toContain('35.21,Kabupaten Ngawi,5,');
      const metadata = await get(`/api/indicators/open-data/${Y}/metadata.json`, w.hrA);
      expect((await metadata.json()).tahun).toBe(Y);
      const siasn = await get(`/api/indicators/siasn-courses.csv?year=${Y}`, w.hrB);
      expect(await siasn.text()).toContain(w.nips.e7);
      const shortfall = await get(`/api/indicators/jp-shortfall.csv?year=${Y}`, w.hrA);
      expect((await shortfall.text()).split('\r\n')).toHaveLength(5);
      expect((await get(`/api/indicators/open-data/${Y}/data.csv`)).status).toBe(401);
      expect((await get(`/api/indicators/open-data/${Y}/data.csv`, w.organizerA)).status).toBe(403);
      expect(
        (await get(`/api/indicators/siasn-courses.csv?regionId=${w.regionB.id}`, w.hrA)).status,
      ).toBe(404);
      expect((await get(`/api/indicators/open-data/1800/data.csv`, w.hrA)).status).toBe(400);
    });
  });

  it('tells a dashboard when the numbers of its scope change', async () => {
    const VERSION = `query($regionId: ID) { indicatorsVersion(regionId: $regionId) }`;
    const before = await t.gql.ok<{ indicatorsVersion: string }>(VERSION, {}, w.hrA);
    const otherBefore = await t.gql.ok<{ indicatorsVersion: string }>(VERSION, {}, w.hrB);
    await fx.importRecords(
      w.hrA,
      recordsCsv([
        {
          nip: w.nips.e5,
          code: 'K-NEW',
          competency: 'TECHNICAL',
          digital: true,
          jp: 2,
          completedOn: TODAY,
        },
      ]),
    );
    const after = await t.gql.ok<{ indicatorsVersion: string }>(VERSION, {}, w.hrA);
    expect(BigInt(after.indicatorsVersion)).toBeGreaterThan(BigInt(before.indicatorsVersion));
    expect(
      (await t.gql.ok<{ indicatorsVersion: string }>(VERSION, {}, w.hrB)).indicatorsVersion,
    ).toBe(otherBefore.indicatorsVersion);
    const admin = await t.gql.ok<{ indicatorsVersion: string }>(VERSION, {}, w.admin);
    expect(BigInt(admin.indicatorsVersion)).toBeGreaterThanOrEqual(BigInt(after.indicatorsVersion));
    expect((await t.gql.fails(VERSION, { regionId: w.regionB.id }, w.hrA)).extensions?.code).toBe(
      'NOT_FOUND',
    );
  });
});
