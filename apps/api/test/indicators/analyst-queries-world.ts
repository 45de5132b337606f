import { IndicatorsFixtures, IndicatorWorld, recordsCsv } from '../support/indicators-fixtures';
import type { TestApp } from '../support/test-app';

export { pad, records, thisYear, TODAY, Y, Y1 } from './indicator-cast';
import { records } from './indicator-cast';

/** Courses with levels, created before the import so that imported records link to them; then the import. */
export async function seedAnalystWorld(t: TestApp, fx: IndicatorsFixtures, w: IndicatorWorld) {
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
}
