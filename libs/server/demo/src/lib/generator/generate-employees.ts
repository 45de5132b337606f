import { randomUUID } from 'node:crypto';

import { chance, EmploymentType, parseNip, Rng } from '@lms/shared/domain';
import { DataSource } from 'typeorm';

import { draftPerson } from '../demo-population';
import { AgencyRow, EmployeeRef, RegionRow, weightedPicker } from './generated-rows';
import { ProgressReporter, ProgressSink } from './progress-reporter';

const EMPLOYEE_CHUNK = 5000;

export async function addEmployees(
  dataSource: DataSource,
  rng: Rng,
  regions: RegionRow[],
  agencies: AgencyRow[],
  total: number,
  today: Date,
  out: ProgressSink,
): Promise<EmployeeRef[]> {
  const usedNips = new Set<string>(
    (await dataSource.query('SELECT nip FROM employees')).map((r: { nip: string }) => r.nip),
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
    await dataSource.transaction((m) =>
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

export async function existingEmployees(dataSource: DataSource): Promise<EmployeeRef[]> {
  const rows: { id: string; nip: string; region_id: string; agency_id: string }[] =
    await dataSource.query(
      'SELECT id, nip, region_id, agency_id FROM employees WHERE active ORDER BY nip',
    );
  return rows.map((r) => ({
    id: r.id,
    nip: r.nip,
    regionId: r.region_id,
    agencyId: r.agency_id,
  }));
}
