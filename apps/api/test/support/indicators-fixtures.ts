import { AccessScope } from '@lms/server/core';
import { EmployeeImportService, RegionService } from '@lms/server/organization';
import { RegionType, Role } from '@lms/shared/domain';

import { Fixtures } from './fixtures';
import type { TestApp } from './test-app';

export const INDICATORS = `query($groupBy: IndicatorGrouping!, $filter: IndicatorFilter) {
  literacyIndicators(groupBy: $groupBy, filter: $filter) {
    key label headcount trainedCount certifiedCount literateCount literacyRate totalJp
    jpCompliantCount jpComplianceRate
  }
}`;

export const IMPORT_RECORDS = `mutation($csv: String!, $dryRun: Boolean) {
  importTrainingRecords(csv: $csv, dryRun: $dryRun) {
    created updated rejected errors { line field message }
  }
}`;

export interface IndicatorRowData {
  key: string;
  label: string;
  headcount: number;
  trainedCount: number;
  certifiedCount: number;
  literateCount: number;
  literacyRate: number;
  totalJp: number;
  jpCompliantCount: number;
  jpComplianceRate: number;
}

export interface ImportResultData {
  created: number;
  updated: number;
  rejected: number;
  errors: { line: number; field: string | null; message: string }[];
}

export interface TrainingRecordInput {
  nip: string;
  code: string;
  title?: string;
  competency: string;
  digital: boolean | string;
  jp: number | string;
  completedOn: string;
  certificate?: string;
  institution?: string;
}

export const RECORD_HEADER =
  'nip,course_code,course_title,competency,digital,jp,completed_on,certificate_number,institution';

export function recordsCsv(rows: TrainingRecordInput[], header = RECORD_HEADER): string {
  const quote = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return [
    header,
    ...rows.map((r) =>
      [
        r.nip,
        r.code,
        r.title ?? `Pelatihan ${r.code}`,
        r.competency,
        String(r.digital),
        String(r.jp),
        r.completedOn,
        r.certificate ?? '',
        r.institution ?? '',
      ]
        .map(quote)
        .join(','),
    ),
  ].join('\n');
}

/** The people of the hand-computed indicator tests; see the test file for who is who. */
export interface IndicatorWorld {
  admin: string;
  hrA: string;
  hrB: string;
  organizerA: string;
  learnerA: string;
  regionA: { id: string; code: string; name: string };
  regionB: { id: string; code: string; name: string };
  /** A-ROOT has A-CHILD below it; A-OTHER is a sibling; B-ROOT is region B's. */
  agencies: Record<'aRoot' | 'aChild' | 'aOther' | 'bRoot', { id: string; code: string }>;
  nips: Record<'e1' | 'e2' | 'e3' | 'e4' | 'e5' | 'e6' | 'e7' | 'e8', string>;
  ids: Record<'e1' | 'e2' | 'e3' | 'e4' | 'e5' | 'e6' | 'e7' | 'e8', string>;
}

export interface PersonSpec {
  nip: string;
  name: string;
  agencyCode: string;
  grade: string;
  active?: boolean;
}

/** Builders for the indicator tests; people go through the real employee import. */
export class IndicatorsFixtures {
  readonly f: Fixtures;

  constructor(private readonly t: TestApp) {
    this.f = new Fixtures(t);
  }

  async people(rows: PersonSpec[]): Promise<void> {
    const csv = [
      'nip,full_name,email,agency_code,grade,position_title,position_type,active',
      ...rows.map(
        (r) =>
          `${r.nip},${r.name},,${r.agencyCode},${r.grade},Analis,FUNGSIONAL,${r.active === false ? 'false' : 'true'}`,
      ),
    ].join('\n');
    const result = await this.t
      .get(EmployeeImportService)
      .import(csv, false, AccessScope.system(), 'en');
    if (result.rejected) throw new Error(`people rejected: ${JSON.stringify(result.errors)}`);
  }

  async world(): Promise<IndicatorWorld> {
    const admin = await this.f.user('admin-ind', [Role.ADMIN]);
    const regions = this.t.get(RegionService);
    const a = await regions.create({
      code: '35.21',
      name: 'Kabupaten Ngawi',
      type: RegionType.REGENCY,
    });
    const b = await regions.create({ code: '35.77', name: 'Kota Madiun', type: RegionType.CITY });
    const aRoot = await this.f.agency(a.id, 'NGW-KOMINFO');
    const aChild = await this.f.agency(a.id, 'NGW-KOMINFO-APTIKA', aRoot.id);
    const aOther = await this.f.agency(a.id, 'NGW-DISDIK');
    const bRoot = await this.f.agency(b.id, 'MDN-KOMINFO');
    const keys = ['e1', 'e2', 'e3', 'e4', 'e5', 'e6', 'e7', 'e8'] as const;
    const nips = Object.fromEntries(
      keys.map((k, i) => [k, this.f.nip({ female: i % 2 === 1 })]),
    ) as IndicatorWorld['nips'];
    await this.people([
      { nip: nips.e1, name: 'Eko Satu', agencyCode: aRoot.code, grade: 'III/a' },
      { nip: nips.e2, name: 'Eka Dua', agencyCode: aRoot.code, grade: 'III/b' },
      { nip: nips.e3, name: 'Eko Tiga', agencyCode: aRoot.code, grade: 'III/a', active: false },
      { nip: nips.e4, name: 'Eka Empat', agencyCode: aChild.code, grade: 'IV/a' },
      { nip: nips.e5, name: 'Eko Lima', agencyCode: aChild.code, grade: 'III/a' },
      { nip: nips.e6, name: 'Eka Enam', agencyCode: aOther.code, grade: 'II/a' },
      { nip: nips.e7, name: 'Eko Tujuh', agencyCode: bRoot.code, grade: 'III/a' },
      { nip: nips.e8, name: 'Eka Delapan', agencyCode: bRoot.code, grade: 'III/a' },
    ]);
    const found = await this.t.dataSource.query<{ id: string; nip: string }[]>(
      `SELECT id, nip FROM employees WHERE nip = ANY($1)`,
      [Object.values(nips)],
    );
    const ids = Object.fromEntries(
      keys.map((k) => [k, found.find((r) => r.nip === nips[k])?.id ?? '']),
    ) as IndicatorWorld['ids'];
    return {
      admin,
      hrA: await this.f.user('bkpsdm-ngawi', [Role.HR_ANALYST], { regionId: a.id }),
      hrB: await this.f.user('bkpsdm-madiun', [Role.HR_ANALYST], { regionId: b.id }),
      organizerA: await this.f.user('penyelenggara-ngawi', [Role.ORGANIZER], { regionId: a.id }),
      learnerA: await this.f.user('pembelajar-ngawi', [Role.LEARNER], { employeeNip: nips.e1 }),
      regionA: { id: a.id, code: a.code, name: a.name },
      regionB: { id: b.id, code: b.code, name: b.name },
      agencies: {
        aRoot: { id: aRoot.id, code: aRoot.code },
        aChild: { id: aChild.id, code: aChild.code },
        aOther: { id: aOther.id, code: aOther.code },
        bRoot: { id: bRoot.id, code: bRoot.code },
      },
      nips,
      ids,
    };
  }

  async importRecords(
    token: string,
    csv: string,
    dryRun = false,
    headers: Record<string, string> = {},
  ): Promise<ImportResultData> {
    const res = await this.t.gql.request<{ importTrainingRecords: ImportResultData }>(
      IMPORT_RECORDS,
      { csv, dryRun },
      { token, headers },
    );
    if (res.errors?.length || !res.data) {
      throw new Error(`importTrainingRecords failed: ${JSON.stringify(res.errors)}`);
    }
    return res.data.importTrainingRecords;
  }

  async indicators(
    token: string,
    groupBy: string,
    filter: Record<string, unknown> | null = null,
  ): Promise<IndicatorRowData[]> {
    const data = await this.t.gql.ok<{ literacyIndicators: IndicatorRowData[] }>(
      INDICATORS,
      { groupBy, filter },
      token,
    );
    return data.literacyIndicators;
  }

  /** Rows by key, for hand-computed expectations. */
  async indicatorMap(
    token: string,
    groupBy: string,
    filter: Record<string, unknown> | null = null,
  ): Promise<Map<string, IndicatorRowData>> {
    return new Map((await this.indicators(token, groupBy, filter)).map((r) => [r.key, r]));
  }

  /**
   * Compares the rollups the triggers maintained with a rebuild from the base tables; returns the
   * number of differing rows (0 when they agree).
   */
  async rollupDrift(): Promise<number> {
    return this.t.dataSource.transaction(async (m) => {
      const snapshot = `SELECT agency_id, grade, year, competency, trained, certified, literate,
                               jp_compliant, total_jp
                          FROM indicator_rollups
                         WHERE trained <> 0 OR certified <> 0 OR literate <> 0
                            OR jp_compliant <> 0 OR total_jp <> 0`;
      const heads = `SELECT agency_id, grade, headcount FROM indicator_headcounts WHERE headcount <> 0`;
      await m.query(`CREATE TEMP TABLE r0 ON COMMIT DROP AS ${snapshot}`);
      await m.query(`CREATE TEMP TABLE h0 ON COMMIT DROP AS ${heads}`);
      const facts = `SELECT * FROM indicator_employee_facts
                      WHERE jp <> 0 OR digital_records <> 0 OR digital_certificates <> 0
                         OR level1 <> 0 OR level2 <> 0 OR level3 <> 0 OR level4 <> 0 OR level5 <> 0`;
      await m.query(`CREATE TEMP TABLE f0 ON COMMIT DROP AS ${facts}`);
      await m.query(`SELECT indicators_rebuild()`);
      const [{ n }] = await m.query(
        `SELECT (
           (SELECT count(*) FROM ((SELECT * FROM r0 EXCEPT ${snapshot})
                                  UNION ALL (${snapshot} EXCEPT SELECT * FROM r0)) x)
         + (SELECT count(*) FROM ((SELECT * FROM h0 EXCEPT ${heads})
                                  UNION ALL (${heads} EXCEPT SELECT * FROM h0)) y)
         + (SELECT count(*) FROM ((SELECT * FROM f0 EXCEPT ${facts})
                                  UNION ALL (${facts} EXCEPT SELECT * FROM f0)) z))::int AS n`,
      );
      return n as number;
    });
  }
}
