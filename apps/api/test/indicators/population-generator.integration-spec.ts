import { PopulationGenerator } from '@lms/server/demo';
import { parseNip, regionCodeError, RegionType } from '@lms/shared/domain';

import { IndicatorsFixtures } from '../support/indicators-fixtures';
import { startTestApp, TestApp } from '../support/test-app';

describe('npm run generate (PopulationGenerator)', () => {
  let t: TestApp;
  const count = async (sql: string) => (await t.dataSource.query(sql))[0].n as number;

  beforeAll(async () => {
    t = await startTestApp();
  });

  afterAll(async () => {
    await t?.close();
  });

  it('fills an empty database with the demo accounts and a realistic population', async () => {
    const lines: string[] = [];
    const summary = await t
      .get(PopulationGenerator)
      .run({ employees: 1200, completions: 6000, seed: 11 }, { write: (s) => lines.push(s) });
    expect(summary).toMatchObject({ regions: 1, employees: 1200, courses: 81, records: 6000 });
    expect(await count(`SELECT count(*)::int AS n FROM users WHERE username = 'admin'`)).toBe(1);
    const output = lines.join('');
    expect(output).toContain('100% employees 1,200/1,200');
    expect(output).toContain('100% training records 6,000/6,000');

    const employees: { nip: string; grade: string; employment_type: string; code: string }[] =
      await t.dataSource.query(
        `SELECT e.nip, e.grade, e.employment_type, g.code
           FROM employees e JOIN regions g ON g.id = e.region_id WHERE g.code NOT IN ('35.10', '35.77')`,
      );
    expect(employees).toHaveLength(1200);
    for (const e of employees) {
      const info = parseNip(e.nip);
      expect(info.errors).toEqual([]);
      expect(e.employment_type).toBe(info.employmentType);
    }
    const regions: { code: string; type: RegionType }[] = await t.dataSource.query(
      `SELECT code, type FROM regions`,
    );
    for (const r of regions) expect(regionCodeError(r.code, r.type)).toBeNull();

    const years: { year: number; competencies: number }[] = await t.dataSource.query(
      `SELECT extract(year FROM completed_on)::int AS year, count(DISTINCT r.competency)::int AS competencies
         FROM learning_records r JOIN courses c ON c.id = r.course_id
        WHERE c.code LIKE 'G%' GROUP BY 1 ORDER BY 1`,
    );
    const now = new Date().getFullYear();
    expect(years.map((y) => y.year)).toEqual([now - 2, now - 1, now]);
    expect(years.every((y) => y.competencies === 3)).toBe(true);
    expect(
      await count(
        `SELECT count(*)::int AS n FROM learning_records WHERE completed_on > current_date`,
      ),
    ).toBe(0);
  });

  it('adds to the population on a second run, with new codes and NIPs', async () => {
    const before = {
      employees: await count(`SELECT count(*)::int AS n FROM employees`),
      records: await count(`SELECT count(*)::int AS n FROM learning_records`),
      regions: await count(`SELECT count(*)::int AS n FROM regions`),
      courses: await count(`SELECT count(*)::int AS n FROM courses`),
    };
    const summary = await t
      .get(PopulationGenerator)
      .run({ employees: 300, completions: 2000, seed: 12 }, { write: () => undefined });
    expect(summary).toMatchObject({ regions: 1, employees: 300, records: 2000 });
    expect(await count(`SELECT count(*)::int AS n FROM employees`)).toBe(before.employees + 300);
    expect(await count(`SELECT count(*)::int AS n FROM learning_records`)).toBe(
      before.records + 2000,
    );
    expect(await count(`SELECT count(*)::int AS n FROM regions`)).toBe(before.regions + 1);
    expect(await count(`SELECT count(*)::int AS n FROM courses`)).toBe(before.courses + 81);

    await t
      .get(PopulationGenerator)
      .run({ employees: 0, completions: 500, seed: 13 }, { write: () => undefined });
    expect(await count(`SELECT count(*)::int AS n FROM learning_records`)).toBe(
      before.records + 2500,
    );
  });

  it('leaves the indicator rollups equal to a recomputation', async () => {
    expect(await new IndicatorsFixtures(t).rollupDrift()).toBe(0);
  });
});
