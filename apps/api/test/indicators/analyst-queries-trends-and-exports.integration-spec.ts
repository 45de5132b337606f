import {
  IndicatorsFixtures,
  IndicatorWorld,
  recordsCsv,
  TrainingRecordInput,
} from '../support/indicators-fixtures';
import { startTestApp, TestApp } from '../support/test-app';
import { pad, records, seedAnalystWorld, thisYear, TODAY, Y, Y1 } from './analyst-queries-world';

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
