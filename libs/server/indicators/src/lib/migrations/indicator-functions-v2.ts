/**
 * The SQL of migration 1764700100000 (certificates count toward `certifiedCount`). A snapshot like
 * indicator-functions-v1.ts: later changes go into a new migration with its own text.
 */

/** What each certificate row of a transition table contributes, with its sign. */
const certificateRows = (table: 'new_rows' | 'old_rows', sign: 1 | -1) => `
      SELECT c.employee_id, extract(year FROM c.issued_on)::int AS year,
             coalesce(c.content ->> 'competency', co.competency)::text AS competency,
             ${sign} AS sign, 0::numeric AS jp, false AS digital, true AS certificate,
             NULL::int AS level
        FROM ${table} c
        JOIN trainings t ON t.id = c.training_id
        JOIN courses co ON co.id = t.course_id
       WHERE c.status = 'VALID' AND co.digital`;

const APPLY_CALL = `indicators_apply(array_agg(x.employee_id), array_agg(x.year),
      array_agg(x.competency), array_agg(x.sign), array_agg(x.jp), array_agg(x.digital),
      array_agg(x.certificate), array_agg(x.level))`;

/**
 * certificates → facts and rollups: a VALID certificate of a digital course counts on its issue
 * date; revoking it (or a reissue on another date) moves the counts the same moment.
 */
export const CERTIFICATES_TRIGGER_FUNCTION = `
CREATE FUNCTION indicators_certificates_changed() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM ${APPLY_CALL}
      FROM (${certificateRows('new_rows', 1)}) x;
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM ${APPLY_CALL}
      FROM (${certificateRows('old_rows', -1)}) x;
  ELSE
    PERFORM ${APPLY_CALL}
      FROM (${certificateRows('old_rows', -1)}
      UNION ALL ${certificateRows('new_rows', 1)}) x;
  END IF;
  RETURN NULL;
END $fn$`;

const LEVEL_COUNTS = [1, 2, 3, 4, 5]
  .map((l) => `count(*) FILTER (WHERE b.year = 0 AND x.level = ${l})::int`)
  .join(',\n           ');

/** indicators_rebuild() with certificates among the facts. */
export const REBUILD_FUNCTION_V2 = (obligation: number) => `
CREATE OR REPLACE FUNCTION indicators_rebuild() RETURNS void LANGUAGE plpgsql AS $fn$
BEGIN
  LOCK TABLE employees, learning_records, certificates IN SHARE MODE;
  DELETE FROM indicator_rollups;
  DELETE FROM indicator_headcounts;
  DELETE FROM indicator_employee_facts;

  INSERT INTO indicator_employee_facts
    (employee_id, year, competency, jp, digital_records, digital_certificates,
     level1, level2, level3, level4, level5)
  SELECT x.employee_id, b.year, b.competency,
         coalesce(sum(x.jp) FILTER (WHERE b.year <> 0), 0),
         count(*) FILTER (WHERE x.digital)::int,
         count(*) FILTER (WHERE x.certificate)::int,
         ${LEVEL_COUNTS}
    FROM (
      SELECT r.employee_id, extract(year FROM r.completed_on)::int AS year,
             r.competency::text AS competency, r.jp, r.digital,
             (r.source = 'IMPORT' AND r.digital AND coalesce(r.certificate_number, '') <> '')
               AS certificate,
             c.level::int AS level
        FROM learning_records r
        LEFT JOIN courses c ON c.id = r.course_id
      UNION ALL
      SELECT c.employee_id, extract(year FROM c.issued_on)::int,
             coalesce(c.content ->> 'competency', co.competency)::text, 0, false, true, NULL
        FROM certificates c
        JOIN trainings t ON t.id = c.training_id
        JOIN courses co ON co.id = t.course_id
       WHERE c.status = 'VALID' AND co.digital
    ) x
   CROSS JOIN LATERAL (VALUES (x.year, x.competency), (x.year, '*'), (0, x.competency), (0, '*'))
     AS b(year, competency)
   GROUP BY x.employee_id, b.year, b.competency;

  INSERT INTO indicator_headcounts (agency_id, region_id, grade, headcount, version)
  SELECT e.agency_id, e.region_id, g.grade, count(*)::int, nextval('indicator_version_seq')
    FROM employees e
   CROSS JOIN LATERAL (VALUES (e.grade::text), ('*')) AS g(grade)
   WHERE e.active
   GROUP BY e.agency_id, e.region_id, g.grade;

  INSERT INTO indicator_rollups
    (agency_id, region_id, grade, year, competency, trained, certified, literate, jp_compliant,
     total_jp, version)
  SELECT e.agency_id, e.region_id, g.grade, f.year, f.competency,
         count(*) FILTER (WHERE f.digital_records > 0)::int,
         count(*) FILTER (WHERE f.digital_certificates > 0)::int,
         count(*) FILTER (WHERE f.digital_records > 0 OR f.digital_certificates > 0)::int,
         count(*) FILTER (WHERE f.year <> 0 AND f.jp >= ${obligation})::int,
         sum(f.jp),
         nextval('indicator_version_seq')
    FROM indicator_employee_facts f
    JOIN employees e ON e.id = f.employee_id AND e.active
   CROSS JOIN LATERAL (VALUES (e.grade::text), ('*')) AS g(grade)
   GROUP BY e.agency_id, e.region_id, g.grade, f.year, f.competency;
END $fn$`;
