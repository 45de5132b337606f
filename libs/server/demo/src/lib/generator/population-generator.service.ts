import { randomUUID } from 'node:crypto';

import { APP_CONFIG, AppConfig } from '@lms/server/core';
import { importSourceRef } from '@lms/server/indicators';
import {
  chance,
  CompetencyType,
  createRng,
  EmploymentType,
  localIsoDate,
  parseNip,
  pickOne,
  randomInt,
  Rng,
} from '@lms/shared/domain';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { draftPerson } from '../demo-population';
import { DemoSeedService } from '../demo-seed.service';
import { GenerateOptions } from './generate-options';
import {
  COURSE_LEVELS,
  COURSE_TEMPLATES,
  GENERATOR_AGENCIES,
  GENERATOR_REGIONS,
  PLACE_NAMES,
  SYNTHETIC_PROVINCES,
} from './generator-catalog';
import { ProgressReporter, ProgressSink } from './progress-reporter';

/** A kabupaten employs a few thousand ASN: one new region per this many employees. */
const EMPLOYEES_PER_REGION = 5000;
const EMPLOYEE_CHUNK = 5000;
/** Records per INSERT: the rollup triggers then run once per 10,000 rows. */
const RECORD_CHUNK = 10_000;
/** Share of employees with no training at all in three years. */
const NEVER_TRAINED = 0.12;

interface RegionRow {
  id: string;
  code: string;
  name: string;
  type: 'REGENCY' | 'CITY';
  weight: number;
}

interface AgencyRow {
  id: string;
  regionId: string;
  parentId: string | null;
  code: string;
  name: string;
  path: string;
  depth: number;
  weight: number;
}

interface EmployeeRef {
  id: string;
  nip: string;
  regionId: string;
  agencyId: string;
}

interface CourseRow {
  id: string;
  code: string;
  title: string;
  competency: CompetencyType;
  digital: boolean;
  jp: number;
  level: number;
  weight: number;
}

export interface GenerateSummary {
  regions: number;
  agencies: number;
  employees: number;
  courses: number;
  records: number;
  seconds: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Picks from weighted items in O(log n), for a million draws. */
function weightedPicker<T extends { weight: number }>(rng: Rng, items: readonly T[]): () => T {
  const cumulative: number[] = [];
  let total = 0;
  for (const item of items) {
    total += item.weight;
    cumulative.push(total);
  }
  return () => {
    const point = rng() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] > point) hi = mid;
      else lo = mid + 1;
    }
    return items[lo];
  };
}

/**
 * `npm run generate`: a realistic synthetic population for load tests, added to whatever the
 * database holds (new region codes, agency codes, NIPs and course codes on every run): regencies
 * and cities with their OPD, kecamatan and kelurahan, employees with valid NIPs and fitting grades
 * and positions, courses over the three competencies and levels, and completed training records
 * over three years. Rows go in with multi-row INSERTs of a few thousand, each chunk in its own
 * transaction; the indicator rollups follow through their triggers.
 */
@Injectable()
export class PopulationGenerator {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly demo: DemoSeedService,
  ) {}

  async run(
    options: GenerateOptions,
    out: ProgressSink = process.stdout,
  ): Promise<GenerateSummary> {
    if (this.config.nodeEnv === 'production') {
      throw new Error(
        'NODE_ENV=production: synthetic people are never generated into production data.',
      );
    }
    const started = Date.now();
    const rng = createRng(options.seed);
    const today = new Date();
    out.write(
      `Generating ${options.employees.toLocaleString('en-US')} employees and ` +
        `${options.completions.toLocaleString('en-US')} completed trainings (seed ${options.seed})\n`,
    );
    const [{ count }] = await this.dataSource.query('SELECT count(*)::int AS count FROM regions');
    if (count === 0) {
      // An empty database would otherwise never get the demo accounts `npm start` prints.
      out.write('The database is empty: loading the demo accounts and data first.\n');
      await this.demo.seedIfEmpty();
    }

    const regions = options.employees > 0 ? await this.addRegions(rng, options.employees) : [];
    const agencies = regions.length ? await this.addAgencies(rng, regions, options.employees) : [];
    if (regions.length) {
      out.write(
        `  ${plural(regions.length, 'region')} (${regions.map((r) => r.code).join(', ')}), ` +
          `${plural(agencies.length, 'agency', 'agencies')}\n`,
      );
    }
    const employees = options.employees
      ? await this.addEmployees(rng, regions, agencies, options.employees, today, out)
      : await this.existingEmployees();
    let courses: CourseRow[] = [];
    let records = 0;
    if (options.completions > 0) {
      if (employees.length === 0) {
        throw new Error('There are no active employees to credit: add some with --employees N.');
      }
      courses = await this.addCourses(rng, options.seed, regions[0]?.id);
      out.write(`  ${courses.length} courses over the three competencies\n`);
      records = await this.addRecords(rng, employees, courses, options, today, out);
    }
    const summary: GenerateSummary = {
      regions: regions.length,
      agencies: agencies.length,
      employees: options.employees,
      courses: courses.length,
      records,
      seconds: Math.round((Date.now() - started) / 100) / 10,
    };
    out.write(
      `Done in ${summary.seconds}s: ${plural(summary.regions, 'region')}, ` +
        `${plural(summary.agencies, 'agency', 'agencies')}, ${plural(summary.employees, 'employee')}, ` +
        `${plural(summary.courses, 'course')}, ${plural(summary.records, 'training record')}.\n`,
    );
    return summary;
  }

  private async addRegions(rng: Rng, employees: number): Promise<RegionRow[]> {
    const used = new Set<string>(
      (await this.dataSource.query('SELECT code FROM regions')).map(
        (r: { code: string }) => r.code,
      ),
    );
    const wanted = Math.max(1, Math.ceil(employees / EMPLOYEES_PER_REGION));
    const candidates: [string, string][] = [...GENERATOR_REGIONS];
    for (const province of SYNTHETIC_PROVINCES) {
      for (let n = 1; n <= 69; n += 1)
        candidates.push([`${province}.${pad(n)}`, `Sintetis ${province}${pad(n)}`]);
    }
    const chosen: RegionRow[] = [];
    for (const [code, place] of candidates) {
      if (chosen.length === wanted) break;
      if (used.has(code)) continue;
      const city = Number(code.slice(3)) >= 71;
      chosen.push({
        id: randomUUID(),
        code,
        name: `${city ? 'Kota' : 'Kabupaten'} ${place}`,
        type: city ? 'CITY' : 'REGENCY',
        weight: (city ? 0.6 : 1) * (0.7 + 0.6 * rng()),
      });
    }
    if (chosen.length < wanted) throw new Error('No free region codes are left for new regions.');
    await this.dataSource.query(
      `INSERT INTO regions (id, code, name, type)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[])`,
      [
        chosen.map((r) => r.id),
        chosen.map((r) => r.code),
        chosen.map((r) => r.name),
        chosen.map((r) => r.type),
      ],
    );
    return chosen;
  }

  private async addAgencies(
    rng: Rng,
    regions: RegionRow[],
    employees: number,
  ): Promise<AgencyRow[]> {
    const perRegion = employees / regions.length;
    const rows: AgencyRow[] = [];
    const add = (
      region: RegionRow,
      parent: AgencyRow | null,
      suffix: string,
      name: string,
      weight: number,
    ) => {
      const id = randomUUID();
      const prefix = `G${region.code.replace('.', '')}`;
      const row: AgencyRow = {
        id,
        regionId: region.id,
        parentId: parent?.id ?? null,
        code: parent ? `${parent.code}-${suffix}` : `${prefix}-${suffix}`,
        name,
        path: `${parent?.path ?? ''}${id}/`,
        depth: parent ? parent.depth + 1 : 0,
        weight,
      };
      rows.push(row);
      return row;
    };
    for (const region of regions) {
      for (const t of GENERATOR_AGENCIES) {
        const parent = add(region, null, t.suffix, t.name, t.weight);
        for (const [suffix, name, weight] of t.children ?? [])
          add(region, parent, suffix, name, weight);
      }
      const kecamatan = Math.min(24, Math.max(4, Math.round(perRegion / 400)));
      const places = [...PLACE_NAMES].sort(() => rng() - 0.5);
      for (let k = 0; k < kecamatan; k += 1) {
        const place = places[k % places.length];
        const kec = add(region, null, `KEC${pad(k + 1)}`, `Kecamatan ${place}`, 0.8);
        const villages = randomInt(rng, 2, 4);
        for (let v = 0; v < villages; v += 1) {
          const village = places[(k + v + 7) % places.length];
          add(
            region,
            kec,
            `KEL${v + 1}`,
            `${region.type === 'CITY' ? 'Kelurahan' : 'Desa'} ${village}`,
            0.35,
          );
        }
      }
    }
    for (let i = 0; i < rows.length; i += 2000) {
      const chunk = rows.slice(i, i + 2000);
      await this.dataSource.query(
        `INSERT INTO agencies (id, region_id, parent_id, code, name, path, depth)
         SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::int[])`,
        [
          chunk.map((a) => a.id),
          chunk.map((a) => a.regionId),
          chunk.map((a) => a.parentId),
          chunk.map((a) => a.code),
          chunk.map((a) => a.name),
          chunk.map((a) => a.path),
          chunk.map((a) => a.depth),
        ],
      );
    }
    return rows;
  }

  private async addEmployees(
    rng: Rng,
    regions: RegionRow[],
    agencies: AgencyRow[],
    total: number,
    today: Date,
    out: ProgressSink,
  ): Promise<EmployeeRef[]> {
    const usedNips = new Set<string>(
      (await this.dataSource.query('SELECT nip FROM employees')).map((r: { nip: string }) => r.nip),
    );
    const pickRegion = weightedPicker(rng, regions);
    const pickers = new Map(
      regions.map((r) => [
        r.id,
        weightedPicker(
          rng,
          agencies.filter((a) => a.regionId === r.id),
        ),
      ]),
    );
    const progress = new ProgressReporter('employees', total, out);
    const active: EmployeeRef[] = [];
    let inserted = 0;
    progress.update(0);
    while (inserted < total) {
      const size = Math.min(EMPLOYEE_CHUNK, total - inserted);
      const batch = Array.from({ length: size }, () => {
        const region = pickRegion();
        const agency = (pickers.get(region.id) as () => AgencyRow)();
        const person = draftPerson(rng, usedNips, today);
        const pppk = parseNip(person.nip, today).employmentType === 'PPPK';
        return {
          id: randomUUID(),
          ...person,
          agencyId: agency.id,
          regionId: region.id,
          employmentType: pppk ? EmploymentType.PPPK : EmploymentType.PNS,
          // A few have retired or left: they stay on record but count nowhere.
          active: !chance(rng, 0.03),
        };
      });
      await this.dataSource.transaction((m) =>
        m.query(
          `INSERT INTO employees (id, nip, full_name, agency_id, region_id, grade, position_title,
                                  position_type, employment_type, active)
           SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::uuid[], $5::uuid[], $6::text[],
                                $7::text[], $8::text[], $9::text[], $10::boolean[])`,
          [
            batch.map((e) => e.id),
            batch.map((e) => e.nip),
            batch.map((e) => e.fullName),
            batch.map((e) => e.agencyId),
            batch.map((e) => e.regionId),
            batch.map((e) => e.grade),
            batch.map((e) => e.positionTitle),
            batch.map((e) => e.positionType),
            batch.map((e) => e.employmentType),
            batch.map((e) => e.active),
          ],
        ),
      );
      inserted += batch.length;
      for (const e of batch) {
        if (e.active) {
          active.push({ id: e.id, nip: e.nip, regionId: e.regionId, agencyId: e.agencyId });
        }
      }
      progress.update(inserted);
    }
    progress.done();
    return active;
  }

  private async existingEmployees(): Promise<EmployeeRef[]> {
    const rows: { id: string; nip: string; region_id: string; agency_id: string }[] =
      await this.dataSource.query(
        'SELECT id, nip, region_id, agency_id FROM employees WHERE active ORDER BY nip',
      );
    return rows.map((r) => ({
      id: r.id,
      nip: r.nip,
      regionId: r.region_id,
      agencyId: r.agency_id,
    }));
  }

  private async addCourses(
    rng: Rng,
    seed: number,
    regionId: string | undefined,
  ): Promise<CourseRow[]> {
    const owner =
      regionId ??
      ((await this.dataSource.query('SELECT id FROM regions ORDER BY code LIMIT 1'))[0]
        ?.id as string);
    const used = new Set<string>(
      (await this.dataSource.query('SELECT lower(code) AS code FROM courses')).map(
        (r: { code: string }) => r.code,
      ),
    );
    let tag = seed.toString(36).toUpperCase();
    while (used.has(`g${tag}-${COURSE_TEMPLATES[0].abbr}-1`.toLowerCase())) tag += 'X';
    const courses: CourseRow[] = COURSE_TEMPLATES.flatMap((t) =>
      COURSE_LEVELS.map((l) => ({
        id: randomUUID(),
        code: `G${tag}-${t.abbr}-${l.level}`,
        title: `${t.title} ${l.name}`,
        competency: t.competency,
        digital: t.digital,
        jp: pickOne(rng, l.jp),
        level: l.level,
        // Introductory levels are taken far more often than advanced ones.
        weight: t.weight / l.level,
      })),
    );
    await this.dataSource.query(
      `INSERT INTO courses (id, region_id, shared, code, title, description, competency, digital, jp,
                            level, delivery, status, published_at)
       SELECT t.id, $1, true, t.code, t.title, 'Kursus sintetis untuk uji beban.', t.competency,
              t.digital, t.jp, t.level, t.delivery, 'PUBLISHED', now()
         FROM unnest($2::uuid[], $3::text[], $4::text[], $5::text[], $6::boolean[], $7::numeric[],
                     $8::int[], $9::text[]) AS t(id, code, title, competency, digital, jp, level, delivery)`,
      [
        owner,
        courses.map((c) => c.id),
        courses.map((c) => c.code),
        courses.map((c) => c.title),
        courses.map((c) => c.competency),
        courses.map((c) => c.digital),
        courses.map((c) => c.jp),
        courses.map((c) => c.level),
        courses.map(() => pickOne(rng, ['ONLINE', 'FACE_TO_FACE', 'BLENDED'])),
      ],
    );
    return courses;
  }

  /**
   * Exactly `completions` records, employee by employee (so a chunk touches each employee's
   * indicator facts once), spread over this year up to today and the two before.
   */
  private async addRecords(
    rng: Rng,
    employees: EmployeeRef[],
    courses: CourseRow[],
    options: GenerateOptions,
    today: Date,
    out: ProgressSink,
  ): Promise<number> {
    const total = options.completions;
    const todayIso = localIsoDate(today);
    const year = Number(todayIso.slice(0, 4));
    const dayOfYear = Math.floor((Date.parse(todayIso) - Date.UTC(year, 0, 1)) / 86_400_000) + 1;
    const years = [
      { year: year - 2, days: daysIn(year - 2), weight: 1 },
      { year: year - 1, days: daysIn(year - 1), weight: 1.1 },
      { year, days: dayOfYear, weight: 1.2 * (dayOfYear / daysIn(year)) },
    ];
    const pickYear = weightedPicker(rng, years);
    const pickCourse = weightedPicker(rng, courses);
    const learners = employees.filter(() => !chance(rng, NEVER_TRAINED));
    if (learners.length === 0) learners.push(employees[0]);
    // Agency by agency: each 10,000-row chunk then moves the rollups of a couple of agencies
    // instead of thousands of rows all over (measured: several times faster under load).
    learners.sort((a, b) => (a.agencyId < b.agencyId ? -1 : a.agencyId > b.agencyId ? 1 : 0));

    const progress = new ProgressReporter('training records', total, out);
    progress.update(0);
    let remaining = total;
    let inserted = 0;
    let certificates = 0;
    let chunk: RecordDraft[] = [];
    const flush = async () => {
      if (!chunk.length) return;
      inserted += await this.insertRecords(chunk);
      chunk = [];
      progress.update(inserted);
    };
    for (let i = 0; i < learners.length && remaining > 0; i += 1) {
      const learner = learners[i];
      const left = learners.length - i;
      const k =
        left === 1
          ? remaining
          : Math.min(remaining, Math.round((remaining / left) * (0.2 + 1.6 * rng())));
      const seen = new Set<string>();
      for (let n = 0; n < k; n += 1) {
        let course = pickCourse();
        let y = pickYear();
        let day = randomInt(rng, 0, y.days - 1);
        let key = `${course.code}|${y.year}|${day}`;
        for (let tries = 0; seen.has(key) && tries < 20; tries += 1) {
          course = pickCourse();
          y = pickYear();
          day = randomInt(rng, 0, y.days - 1);
          key = `${course.code}|${y.year}|${day}`;
        }
        if (seen.has(key)) continue;
        seen.add(key);
        const completedOn = new Date(Date.UTC(y.year, 0, 1 + day)).toISOString().slice(0, 10);
        const certified = chance(rng, course.digital ? 0.55 : 0.25);
        chunk.push({
          employeeId: learner.id,
          regionId: learner.regionId,
          course,
          sourceRef: importSourceRef(learner.nip, course.code, completedOn),
          completedOn,
          certificateNumber: certified ? `${course.code}/${y.year}/${++certificates}` : null,
        });
        remaining -= 1;
      }
      if (chunk.length >= RECORD_CHUNK) await flush();
    }
    await flush();
    progress.done(
      inserted < total ? `${(total - inserted).toLocaleString('en-US')} duplicates skipped` : '',
    );
    return inserted;
  }

  private async insertRecords(rows: RecordDraft[]): Promise<number> {
    return this.dataSource.transaction(async (m) => {
      const [{ n }] = await m.query(
        `WITH added AS (
           INSERT INTO learning_records
             (employee_id, region_id, course_id, source, source_ref, title, competency, digital, jp,
              completed_on, certificate_number)
           SELECT t.employee_id, t.region_id, t.course_id, 'IMPORT', t.source_ref, t.title,
                  t.competency, t.digital, t.jp, t.completed_on, t.certificate_number
             FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::text[],
                         $7::boolean[], $8::numeric[], $9::date[], $10::text[])
               AS t(employee_id, region_id, course_id, source_ref, title, competency, digital, jp,
                    completed_on, certificate_number)
           ON CONFLICT (source, source_ref) DO NOTHING
           RETURNING 1)
         SELECT count(*)::int AS n FROM added`,
        [
          rows.map((r) => r.employeeId),
          rows.map((r) => r.regionId),
          rows.map((r) => r.course.id),
          rows.map((r) => r.sourceRef),
          rows.map((r) => r.course.title),
          rows.map((r) => r.course.competency),
          rows.map((r) => r.course.digital),
          rows.map((r) => r.course.jp),
          rows.map((r) => r.completedOn),
          rows.map((r) => r.certificateNumber),
        ],
      );
      return n as number;
    });
  }
}

interface RecordDraft {
  employeeId: string;
  regionId: string;
  course: CourseRow;
  sourceRef: string;
  completedOn: string;
  certificateNumber: string | null;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}

function daysIn(year: number): number {
  return (Date.UTC(year + 1, 0, 1) - Date.UTC(year, 0, 1)) / 86_400_000;
}
