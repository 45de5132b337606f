import { randomUUID } from 'node:crypto';

import { pickOne, Rng } from '@lms/shared/domain';
import { DataSource } from 'typeorm';

import { CourseRow } from './generated-rows';
import { COURSE_LEVELS, COURSE_TEMPLATES } from './generator-catalog';

export async function addCourses(
  dataSource: DataSource,
  rng: Rng,
  seed: number,
  regionId: string | undefined,
): Promise<CourseRow[]> {
  const owner =
    regionId ??
    ((await dataSource.query('SELECT id FROM regions ORDER BY code LIMIT 1'))[0]?.id as string);
  const used = new Set<string>(
    (await dataSource.query('SELECT lower(code) AS code FROM courses')).map(
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
  await dataSource.query(
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
