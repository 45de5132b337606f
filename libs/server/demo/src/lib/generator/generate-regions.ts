import { randomUUID } from 'node:crypto';

import { randomInt, Rng } from '@lms/shared/domain';
import { DataSource } from 'typeorm';

import { AgencyRow, pad, RegionRow } from './generated-rows';
import {
  GENERATOR_AGENCIES,
  GENERATOR_REGIONS,
  PLACE_NAMES,
  SYNTHETIC_PROVINCES,
} from './generator-catalog';

/** A kabupaten employs a few thousand ASN: one new region per this many employees. */
const EMPLOYEES_PER_REGION = 5000;

export async function addRegions(
  dataSource: DataSource,
  rng: Rng,
  employees: number,
): Promise<RegionRow[]> {
  const used = new Set<string>(
    (await dataSource.query('SELECT code FROM regions')).map((r: { code: string }) => r.code),
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
  await dataSource.query(
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

export async function addAgencies(
  dataSource: DataSource,
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
    await dataSource.query(
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
