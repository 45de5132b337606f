/**
 * The SQL functions of migration 1764700000000, kept apart only for length. A later migration that
 * changes one of them carries its own `CREATE OR REPLACE` text: this file is a snapshot of what
 * that migration installed and must not be edited afterwards.
 */

/** Bucket columns of `indicator_employee_facts` a delta carries, in insert order. */
const FACT_COLUMNS =
  'jp, digital_records, digital_certificates, level1, level2, level3, level4, level5';

const LEVEL_SUMS = [1, 2, 3, 4, 5]
  .map(
    (l) => `sum(CASE WHEN b.year = 0 AND r.level = ${l} THEN r.sign ELSE 0 END)::int AS level${l}`,
  )
  .join(',\n           ');

const LEVEL_COUNTS = [1, 2, 3, 4, 5]
  .map((l) => `count(*) FILTER (WHERE b.year = 0 AND c.level = ${l})::int`)
  .join(',\n           ');

const ROLLUP_UPSERT = `
  ON CONFLICT (agency_id, grade, year, competency) DO UPDATE SET
    trained = r.trained + EXCLUDED.trained,
    certified = r.certified + EXCLUDED.certified,
    literate = r.literate + EXCLUDED.literate,
    jp_compliant = r.jp_compliant + EXCLUDED.jp_compliant,
    total_jp = r.total_jp + EXCLUDED.total_jp,
    version = EXCLUDED.version`;

/**
 * Applies signed ledger rows (+1 a record or certificate that now counts, -1 one that no longer
 * does) to the facts of their employees, then moves the rollups by the flags that flipped. Old
 * values are the new ones minus the delta: the upsert returns the row it actually locked, so two
 * transactions crediting the same employee never both see "not trained yet".
 */
export const APPLY_FUNCTION = (obligation: number) => `
CREATE FUNCTION indicators_apply(
  p_employee uuid[], p_year int[], p_competency text[], p_sign int[], p_jp numeric[],
  p_digital boolean[], p_certificate boolean[], p_level int[]
) RETURNS void LANGUAGE plpgsql AS $fn$
BEGIN
  IF coalesce(cardinality(p_employee), 0) = 0 THEN
    RETURN;
  END IF;
  -- A concurrent change of one of these employees' agency, grade or active flag waits for this
  -- transaction (and this one for it), so every contribution lands in the employee's current row.
  PERFORM 1 FROM employees WHERE id = ANY (p_employee) ORDER BY id FOR SHARE;

  WITH raw AS (
    SELECT *
      FROM unnest(p_employee, p_year, p_competency, p_sign, p_jp, p_digital, p_certificate, p_level)
        AS t(employee_id, year, competency, sign, jp, digital, certificate, level)
  ), delta AS (
    SELECT r.employee_id, b.year, b.competency,
           sum(CASE WHEN b.year = 0 THEN 0 ELSE r.sign * r.jp END) AS jp,
           sum(r.sign * r.digital::int)::int AS digital_records,
           sum(r.sign * r.certificate::int)::int AS digital_certificates,
           ${LEVEL_SUMS}
      FROM raw r
     CROSS JOIN LATERAL (VALUES (r.year, r.competency), (r.year, '*'), (0, r.competency), (0, '*'))
        AS b(year, competency)
     GROUP BY r.employee_id, b.year, b.competency
  ), facts AS (
    INSERT INTO indicator_employee_facts AS f (employee_id, year, competency, ${FACT_COLUMNS})
    SELECT employee_id, year, competency, ${FACT_COLUMNS}
      FROM delta
     ORDER BY employee_id, year, competency
    ON CONFLICT (employee_id, year, competency) DO UPDATE SET
      jp = f.jp + EXCLUDED.jp,
      digital_records = f.digital_records + EXCLUDED.digital_records,
      digital_certificates = f.digital_certificates + EXCLUDED.digital_certificates,
      level1 = f.level1 + EXCLUDED.level1,
      level2 = f.level2 + EXCLUDED.level2,
      level3 = f.level3 + EXCLUDED.level3,
      level4 = f.level4 + EXCLUDED.level4,
      level5 = f.level5 + EXCLUDED.level5
    RETURNING f.employee_id, f.year, f.competency, f.jp, f.digital_records, f.digital_certificates
  ), flipped AS (
    SELECT n.employee_id, n.year, n.competency, d.jp,
           (n.digital_records > 0)::int
             - (n.digital_records - d.digital_records > 0)::int AS trained,
           (n.digital_certificates > 0)::int
             - (n.digital_certificates - d.digital_certificates > 0)::int AS certified,
           (n.digital_records > 0 OR n.digital_certificates > 0)::int
             - (n.digital_records - d.digital_records > 0
                OR n.digital_certificates - d.digital_certificates > 0)::int AS literate,
           (n.year <> 0 AND n.jp >= ${obligation})::int
             - (n.year <> 0 AND n.jp - d.jp >= ${obligation})::int AS jp_compliant
      FROM facts n
      JOIN delta d USING (employee_id, year, competency)
  )
  INSERT INTO indicator_rollups AS r
    (agency_id, region_id, grade, year, competency, trained, certified, literate, jp_compliant,
     total_jp, version)
  SELECT e.agency_id, e.region_id, g.grade, c.year, c.competency,
         sum(c.trained), sum(c.certified), sum(c.literate), sum(c.jp_compliant), sum(c.jp),
         nextval('indicator_version_seq')
    FROM flipped c
    JOIN employees e ON e.id = c.employee_id AND e.active
   CROSS JOIN LATERAL (VALUES (e.grade::text), ('*')) AS g(grade)
   WHERE c.trained <> 0 OR c.certified <> 0 OR c.literate <> 0 OR c.jp_compliant <> 0 OR c.jp <> 0
   GROUP BY e.agency_id, e.region_id, g.grade, c.year, c.competency
   ORDER BY e.agency_id, g.grade, c.year, c.competency
  ${ROLLUP_UPSERT};
END $fn$`;

/**
 * Moves whole employees in or out of rollup rows (+1 joins a row, -1 leaves it): hiring,
 * deactivation, a move to another agency or a new grade. Their facts travel with them.
 */
export const MOVE_FUNCTION = (obligation: number) => `
CREATE FUNCTION indicators_move(
  p_employee uuid[], p_sign int[], p_agency uuid[], p_region uuid[], p_grade text[]
) RETURNS void LANGUAGE plpgsql AS $fn$
BEGIN
  IF coalesce(cardinality(p_employee), 0) = 0 THEN
    RETURN;
  END IF;
  WITH m AS (
    SELECT * FROM unnest(p_employee, p_sign, p_agency, p_region, p_grade)
      AS t(employee_id, sign, agency_id, region_id, grade)
  ), counted AS (
    SELECT m.agency_id, m.region_id, g.grade, sum(m.sign)::int AS headcount
      FROM m CROSS JOIN LATERAL (VALUES (m.grade), ('*')) AS g(grade)
     GROUP BY m.agency_id, m.region_id, g.grade
  )
  INSERT INTO indicator_headcounts AS h (agency_id, region_id, grade, headcount, version)
  SELECT agency_id, region_id, grade, headcount, nextval('indicator_version_seq')
    FROM counted
   WHERE headcount <> 0
   ORDER BY agency_id, grade
  ON CONFLICT (agency_id, grade) DO UPDATE SET
    headcount = h.headcount + EXCLUDED.headcount,
    version = EXCLUDED.version;

  WITH m AS (
    SELECT * FROM unnest(p_employee, p_sign, p_agency, p_region, p_grade)
      AS t(employee_id, sign, agency_id, region_id, grade)
  ), contributed AS (
    SELECT m.agency_id, m.region_id, g.grade, f.year, f.competency,
           sum(m.sign * (f.digital_records > 0)::int)::int AS trained,
           sum(m.sign * (f.digital_certificates > 0)::int)::int AS certified,
           sum(m.sign * (f.digital_records > 0 OR f.digital_certificates > 0)::int)::int AS literate,
           sum(m.sign * (f.year <> 0 AND f.jp >= ${obligation})::int)::int AS jp_compliant,
           sum(m.sign * f.jp) AS total_jp
      FROM m
      JOIN indicator_employee_facts f ON f.employee_id = m.employee_id
     CROSS JOIN LATERAL (VALUES (m.grade), ('*')) AS g(grade)
     GROUP BY m.agency_id, m.region_id, g.grade, f.year, f.competency
  )
  INSERT INTO indicator_rollups AS r
    (agency_id, region_id, grade, year, competency, trained, certified, literate, jp_compliant,
     total_jp, version)
  SELECT agency_id, region_id, grade, year, competency, trained, certified, literate,
         jp_compliant, total_jp, nextval('indicator_version_seq')
    FROM contributed
   WHERE trained <> 0 OR certified <> 0 OR literate <> 0 OR jp_compliant <> 0 OR total_jp <> 0
   ORDER BY agency_id, grade, year, competency
  ${ROLLUP_UPSERT};
END $fn$`;

/** What each ledger row of a transition table contributes, with its sign. */
const recordRows = (table: 'new_rows' | 'old_rows', sign: 1 | -1) => `
      SELECT n.employee_id, extract(year FROM n.completed_on)::int AS year,
             n.competency::text AS competency, ${sign} AS sign, n.jp, n.digital,
             (n.source = 'IMPORT' AND n.digital AND coalesce(n.certificate_number, '') <> '')
               AS certificate,
             c.level::int AS level
        FROM ${table} n
        LEFT JOIN courses c ON c.id = n.course_id`;

const APPLY_CALL = `indicators_apply(array_agg(x.employee_id), array_agg(x.year),
      array_agg(x.competency), array_agg(x.sign), array_agg(x.jp), array_agg(x.digital),
      array_agg(x.certificate), array_agg(x.level))`;

/**
 * learning_records → facts and rollups. A digital record counts as training; an IMPORT record
 * with a certificate number also counts as a certificate on its completion date (contract.md).
 */
export const RECORDS_TRIGGER_FUNCTION = `
CREATE FUNCTION indicators_records_changed() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM ${APPLY_CALL}
      FROM (${recordRows('new_rows', 1)}) x;
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM ${APPLY_CALL}
      FROM (${recordRows('old_rows', -1)}) x;
  ELSE
    PERFORM ${APPLY_CALL}
      FROM (${recordRows('old_rows', -1)}
      UNION ALL ${recordRows('new_rows', 1)}) x;
  END IF;
  RETURN NULL;
END $fn$`;

const MOVE_CALL = `indicators_move(array_agg(x.id), array_agg(x.sign), array_agg(x.agency_id),
      array_agg(x.region_id), array_agg(x.grade))`;

const CHANGED = `(n.active, n.agency_id, n.region_id, n.grade)
          IS DISTINCT FROM (o.active, o.agency_id, o.region_id, o.grade)`;

/** employees → headcounts, and the rollup rows their facts belong to. */
export const EMPLOYEES_TRIGGER_FUNCTION = `
CREATE FUNCTION indicators_employees_changed() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM ${MOVE_CALL}
      FROM (SELECT id, 1 AS sign, agency_id, region_id, grade::text AS grade
              FROM new_rows WHERE active) x;
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM ${MOVE_CALL}
      FROM (SELECT id, -1 AS sign, agency_id, region_id, grade::text AS grade
              FROM old_rows WHERE active) x;
  ELSE
    PERFORM ${MOVE_CALL}
      FROM (SELECT o.id, -1 AS sign, o.agency_id, o.region_id, o.grade::text AS grade
              FROM old_rows o JOIN new_rows n ON n.id = o.id
             WHERE o.active AND ${CHANGED}
            UNION ALL
            SELECT n.id, 1, n.agency_id, n.region_id, n.grade::text
              FROM old_rows o JOIN new_rows n ON n.id = o.id
             WHERE n.active AND ${CHANGED}) x;
  END IF;
  RETURN NULL;
END $fn$`;

/**
 * Recomputes facts, headcounts and rollups from the base tables. Writers wait meanwhile (SHARE
 * locks), readers do not.
 */
export const REBUILD_FUNCTION = (obligation: number) => `
CREATE FUNCTION indicators_rebuild() RETURNS void LANGUAGE plpgsql AS $fn$
BEGIN
  LOCK TABLE employees, learning_records IN SHARE MODE;
  DELETE FROM indicator_rollups;
  DELETE FROM indicator_headcounts;
  DELETE FROM indicator_employee_facts;

  INSERT INTO indicator_employee_facts (employee_id, year, competency, ${FACT_COLUMNS})
  SELECT r.employee_id, b.year, b.competency,
         coalesce(sum(r.jp) FILTER (WHERE b.year <> 0), 0),
         count(*) FILTER (WHERE r.digital)::int,
         count(*) FILTER (WHERE r.source = 'IMPORT' AND r.digital
                            AND coalesce(r.certificate_number, '') <> '')::int,
         ${LEVEL_COUNTS}
    FROM learning_records r
    LEFT JOIN courses c ON c.id = r.course_id
   CROSS JOIN LATERAL (VALUES
           (extract(year FROM r.completed_on)::int, r.competency::text),
           (extract(year FROM r.completed_on)::int, '*'),
           (0, r.competency::text),
           (0, '*')) AS b(year, competency)
   GROUP BY r.employee_id, b.year, b.competency;

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
