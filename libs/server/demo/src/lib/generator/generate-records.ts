import { importSourceRef } from '@lms/server/indicators';
import { chance, localIsoDate, randomInt, Rng } from '@lms/shared/domain';
import { DataSource } from 'typeorm';

import { GenerateOptions } from './generate-options';
import { CourseRow, EmployeeRef, weightedPicker } from './generated-rows';
import { ProgressReporter, ProgressSink } from './progress-reporter';

/** Records per INSERT: the rollup triggers then run once per 10,000 rows. */
const RECORD_CHUNK = 10_000;
/** Share of employees with no training at all in three years. */
const NEVER_TRAINED = 0.12;

interface RecordDraft {
  employeeId: string;
  regionId: string;
  course: CourseRow;
  sourceRef: string;
  completedOn: string;
  certificateNumber: string | null;
}

/**
 * Exactly `completions` records, employee by employee (so a chunk touches each employee's
 * indicator facts once), spread over this year up to today and the two before.
 */
export async function addRecords(
  dataSource: DataSource,
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
  let chunks = 0;
  const flush = async () => {
    if (!chunk.length) return;
    inserted += await insertRecords(dataSource, chunk);
    chunk = [];
    chunks += 1;
    // The tables the triggers read grow from nothing: re-plan them as they grow (chunks 1, 4, 16, …).
    if ((chunks & (chunks - 1)) === 0 && Math.log2(chunks) % 2 === 0) {
      await dataSource.query(
        'ANALYZE learning_records, indicator_employee_facts, indicator_rollups',
      );
    }
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

async function insertRecords(dataSource: DataSource, rows: RecordDraft[]): Promise<number> {
  return dataSource.transaction(async (m) => {
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

function daysIn(year: number): number {
  return (Date.UTC(year + 1, 0, 1) - Date.UTC(year, 0, 1)) / 86_400_000;
}
