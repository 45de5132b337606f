import { ANNUAL_JP_OBLIGATION } from '@lms/shared/domain';
import { MigrationInterface, QueryRunner } from 'typeorm';

import {
  APPLY_FUNCTION,
  EMPLOYEES_TRIGGER_FUNCTION,
  MOVE_FUNCTION,
  REBUILD_FUNCTION,
  RECORDS_TRIGGER_FUNCTION,
} from './indicator-functions-v1';

/**
 * Rollups behind `literacyIndicators`, kept by the database in the same transaction as every
 * write that changes them, so a read right after a completion or an import already includes it.
 *
 * Triggers rather than service calls because the writes happen in other areas (self-paced and
 * Bimtek completions credit `learning_records`, imports and the employee directory upsert
 * `employees`): a trigger cannot be forgotten by a new code path, and a bulk INSERT of thousands
 * of rows costs one set-based pass (statement-level triggers with transition tables).
 *
 * - `indicator_employee_facts`: per employee, year (0 = every year) and competency ('*' = every
 *   competency): JP, digital records, digital certificates and records per course level.
 * - `indicator_rollups`: per agency, grade ('*' = every grade), year and competency: how many
 *   active employees are trained, certified, literate (either) and JP-compliant, and their JP.
 * - `indicator_headcounts`: active employees per agency and grade ('*' = every grade).
 *
 * Every write updates these rows in place, so they leave room on each page (fillfactor) and no
 * index covers an updated column: the updates stay HOT (no index churn), which made a 5,000-row
 * ledger insert's trigger three times cheaper when measured.
 *
 * `indicators_rebuild()` recomputes all three from the base tables (used here to backfill, and by
 * operators after manual repairs); the integration tests compare it with the maintained rows.
 */
export class CreateIndicatorRollups1764700000000 implements MigrationInterface {
  name = 'CreateIndicatorRollups1764700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE SEQUENCE indicator_version_seq AS bigint`);
    await q.query(`
      CREATE TABLE indicator_employee_facts (
        employee_id uuid NOT NULL REFERENCES employees (id) ON DELETE CASCADE,
        year smallint NOT NULL,
        competency varchar(16) NOT NULL
          CHECK (competency IN ('*', 'TECHNICAL', 'MANAGERIAL', 'SOCIO_CULTURAL')),
        jp numeric(12, 2) NOT NULL DEFAULT 0,
        digital_records int NOT NULL DEFAULT 0,
        digital_certificates int NOT NULL DEFAULT 0,
        level1 int NOT NULL DEFAULT 0,
        level2 int NOT NULL DEFAULT 0,
        level3 int NOT NULL DEFAULT 0,
        level4 int NOT NULL DEFAULT 0,
        level5 int NOT NULL DEFAULT 0,
        PRIMARY KEY (employee_id, year, competency)
      ) WITH (fillfactor = 80)`);
    await q.query(`
      CREATE TABLE indicator_rollups (
        agency_id uuid NOT NULL REFERENCES agencies (id),
        region_id uuid NOT NULL REFERENCES regions (id),
        grade varchar(8) NOT NULL,
        year smallint NOT NULL,
        competency varchar(16) NOT NULL,
        trained int NOT NULL DEFAULT 0,
        certified int NOT NULL DEFAULT 0,
        literate int NOT NULL DEFAULT 0,
        jp_compliant int NOT NULL DEFAULT 0,
        total_jp numeric(14, 2) NOT NULL DEFAULT 0,
        version bigint NOT NULL,
        PRIMARY KEY (agency_id, grade, year, competency)
      ) WITH (fillfactor = 50)`);
    await q.query(
      `CREATE INDEX indicator_rollups_region_idx ON indicator_rollups (region_id, year, competency, grade)`,
    );
    await q.query(
      `CREATE INDEX indicator_rollups_all_idx ON indicator_rollups (year, competency, grade)`,
    );
    await q.query(`
      CREATE TABLE indicator_headcounts (
        agency_id uuid NOT NULL REFERENCES agencies (id),
        region_id uuid NOT NULL REFERENCES regions (id),
        grade varchar(8) NOT NULL,
        headcount int NOT NULL DEFAULT 0,
        version bigint NOT NULL,
        PRIMARY KEY (agency_id, grade)
      ) WITH (fillfactor = 50)`);
    await q.query(
      `CREATE INDEX indicator_headcounts_region_idx ON indicator_headcounts (region_id)`,
    );

    // What an imported record carries beyond the ledger's columns (SIASN needs the institution).
    await q.query(`
      CREATE TABLE imported_training_records (
        learning_record_id uuid PRIMARY KEY REFERENCES learning_records (id) ON DELETE CASCADE,
        course_code varchar(50) NOT NULL,
        institution varchar(200),
        imported_by uuid REFERENCES users (id),
        imported_at timestamptz NOT NULL DEFAULT now()
      )`);

    await q.query(APPLY_FUNCTION(ANNUAL_JP_OBLIGATION));
    await q.query(MOVE_FUNCTION(ANNUAL_JP_OBLIGATION));
    await q.query(RECORDS_TRIGGER_FUNCTION);
    await q.query(EMPLOYEES_TRIGGER_FUNCTION);
    await q.query(REBUILD_FUNCTION(ANNUAL_JP_OBLIGATION));

    await q.query(`
      CREATE TRIGGER indicators_records_inserted AFTER INSERT ON learning_records
        REFERENCING NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION indicators_records_changed()`);
    await q.query(`
      CREATE TRIGGER indicators_records_updated AFTER UPDATE ON learning_records
        REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION indicators_records_changed()`);
    await q.query(`
      CREATE TRIGGER indicators_records_deleted AFTER DELETE ON learning_records
        REFERENCING OLD TABLE AS old_rows
        FOR EACH STATEMENT EXECUTE FUNCTION indicators_records_changed()`);
    await q.query(`
      CREATE TRIGGER indicators_employees_inserted AFTER INSERT ON employees
        REFERENCING NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION indicators_employees_changed()`);
    await q.query(`
      CREATE TRIGGER indicators_employees_updated AFTER UPDATE ON employees
        REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION indicators_employees_changed()`);
    await q.query(`
      CREATE TRIGGER indicators_employees_deleted AFTER DELETE ON employees
        REFERENCING OLD TABLE AS old_rows
        FOR EACH STATEMENT EXECUTE FUNCTION indicators_employees_changed()`);

    // Databases that already hold employees and records (an upgraded deployment) start complete.
    await q.query(`SELECT indicators_rebuild()`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const [trigger, table] of [
      ['indicators_records_inserted', 'learning_records'],
      ['indicators_records_updated', 'learning_records'],
      ['indicators_records_deleted', 'learning_records'],
      ['indicators_employees_inserted', 'employees'],
      ['indicators_employees_updated', 'employees'],
      ['indicators_employees_deleted', 'employees'],
    ]) {
      await q.query(`DROP TRIGGER IF EXISTS ${trigger} ON ${table}`);
    }
    await q.query(`DROP FUNCTION indicators_rebuild()`);
    await q.query(`DROP FUNCTION indicators_employees_changed()`);
    await q.query(`DROP FUNCTION indicators_records_changed()`);
    await q.query(`DROP FUNCTION indicators_move(uuid[], int[], uuid[], uuid[], text[])`);
    await q.query(
      `DROP FUNCTION indicators_apply(uuid[], int[], text[], int[], numeric[], boolean[], boolean[], int[])`,
    );
    await q.query(`DROP TABLE imported_training_records`);
    await q.query(`DROP TABLE indicator_headcounts`);
    await q.query(`DROP TABLE indicator_rollups`);
    await q.query(`DROP TABLE indicator_employee_facts`);
    await q.query(`DROP SEQUENCE indicator_version_seq`);
  }
}
