import { DataSource } from 'typeorm';

/** A demo course of the region by its code; the seed made it, so a miss is a broken seed. */
export async function demoCourseId(
  dataSource: DataSource,
  regionId: string,
  code: string,
): Promise<string> {
  const [row] = (await dataSource.query(
    `SELECT id FROM courses WHERE code = $1 AND region_id = $2`,
    [code, regionId],
  )) as { id: string }[];
  if (!row) throw new Error(`Demo course ${code} is missing`);
  return row.id;
}
