import {
  AccessScope,
  AuditService,
  ImportError,
  ImportResult,
  MAX_REPORTED_IMPORT_ERRORS,
  readCsv,
} from '@lms/server/core';
import { LearningSource } from '@lms/server/learning';
import { Lang, localIsoDate, LocalizedText } from '@lms/shared/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import {
  TRAINING_RECORD_CSV_COLUMNS,
  TrainingRecordRow,
  validateTrainingRecordRow,
} from './training-record-row.validator';

const MAX_ROWS = 100_000;
const CHUNK = 2000;

interface EmployeeRef {
  id: string;
  nip: string;
  region_id: string;
}

interface ExistingRecord {
  source_ref: string;
  employee_id: string;
  course_id: string | null;
  title: string;
  competency: string;
  digital: boolean;
  jp: string;
  completed_on: string;
  certificate_number: string | null;
  course_code: string | null;
  institution: string | null;
}

/** A row that passed every check, with what the store said about it. */
interface AcceptedRow extends TrainingRecordRow {
  employeeId: string;
  regionId: string;
  courseId: string | null;
  /** Present when this record was imported before. */
  existing?: ExistingRecord;
}

const UNCHANGED_FIELDS = (r: AcceptedRow, e: ExistingRecord) =>
  e.employee_id === r.employeeId &&
  e.course_id === r.courseId &&
  e.title === r.courseTitle &&
  e.competency === r.competency &&
  e.digital === r.digital &&
  Number(e.jp) === r.jp &&
  (e.certificate_number ?? null) === r.certificateNumber &&
  (e.course_code ?? null) === r.courseCode &&
  (e.institution ?? null) === r.institution;

/**
 * Imports training history from before the platform or from outside it (LAN, BPSDM, vendors' ICT
 * certifications) into the JP ledger as source IMPORT. A record is identified by NIP, course code
 * and completion date: re-importing a file changes nothing, and a corrected row (other JP, title,
 * certificate) updates its record. Every row is checked before anything is written; the valid rows
 * of a real run are written in one transaction, and the indicators' rollups move with them.
 */
@Injectable()
export class TrainingRecordImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async import(
    csv: string,
    dryRun: boolean,
    scope: AccessScope,
    lang: Lang,
  ): Promise<ImportResult> {
    const rows = readCsv(csv, {
      required: TRAINING_RECORD_CSV_COLUMNS.required,
      optional: TRAINING_RECORD_CSV_COLUMNS.optional,
      maxRows: MAX_ROWS,
    });
    const today = localIsoDate(new Date());
    const errors: ImportError[] = [];
    const valid: TrainingRecordRow[] = [];
    for (const row of rows) {
      const result = validateTrainingRecordRow(row, lang, today);
      if ('error' in result) errors.push(result.error);
      else valid.push(result.row);
    }
    const accepted = await this.checkAgainstStore(valid, scope, errors, lang);
    const created = accepted.filter((r) => !r.existing);
    const changed = accepted.filter((r) => r.existing && !UNCHANGED_FIELDS(r, r.existing));

    let createdCount = created.length;
    if (!dryRun && (created.length > 0 || changed.length > 0)) {
      createdCount = await this.dataSource.transaction(async (manager) => {
        const inserted = await this.insert(manager, created, scope);
        await this.update(manager, changed);
        await this.audit.record(manager, {
          action: 'importTrainingRecords',
          entityType: 'LearningRecord',
          regionId: scope.regionId,
          summary: {
            rows: rows.length,
            created: inserted,
            updated: changed.length,
            rejected: rows.length - accepted.length,
          },
          actor: scope,
        });
        return inserted;
      });
    }
    return {
      created: createdCount,
      updated: changed.length,
      rejected: rows.length - accepted.length,
      errors: errors.sort((a, b) => a.line - b.line).slice(0, MAX_REPORTED_IMPORT_ERRORS),
    };
  }

  /** Unknown or out-of-scope employees, repeated rows, and what was imported before. */
  private async checkAgainstStore(
    rows: TrainingRecordRow[],
    scope: AccessScope,
    errors: ImportError[],
    lang: Lang,
  ): Promise<AcceptedRow[]> {
    const employees = new Map<string, EmployeeRef>();
    const courses = new Map<string, string>();
    const existing = new Map<string, ExistingRecord>();
    for (let i = 0; i < rows.length; i += CHUNK) {
      const chunk = rows.slice(i, i + CHUNK);
      const found: EmployeeRef[] = await this.dataSource.query(
        `SELECT id, nip, region_id FROM employees WHERE nip = ANY ($1::text[])`,
        [[...new Set(chunk.map((r) => r.nip))]],
      );
      for (const e of found) employees.set(e.nip, e);
      const codes: { id: string; code: string }[] = await this.dataSource.query(
        `SELECT id, lower(code) AS code FROM courses WHERE lower(code) = ANY ($1::text[])`,
        [[...new Set(chunk.map((r) => r.courseCode.toLowerCase()))]],
      );
      for (const c of codes) courses.set(c.code, c.id);
      const records: ExistingRecord[] = await this.dataSource.query(
        `SELECT r.source_ref, r.employee_id, r.course_id, r.title, r.competency, r.digital, r.jp,
                to_char(r.completed_on, 'YYYY-MM-DD') AS completed_on, r.certificate_number,
                i.course_code, i.institution
           FROM learning_records r
           LEFT JOIN imported_training_records i ON i.learning_record_id = r.id
          WHERE r.source = $1 AND r.source_ref = ANY ($2::text[])`,
        [LearningSource.IMPORT, chunk.map((r) => r.sourceRef)],
      );
      for (const r of records) existing.set(r.source_ref, r);
    }

    const seen = new Map<string, number>();
    const accepted: AcceptedRow[] = [];
    for (const row of rows) {
      const reject = (field: string, message: LocalizedText) =>
        errors.push({ line: row.line, field, message: `${field}: ${message[lang]}` });
      const employee = employees.get(row.nip);
      if (!employee) {
        reject('nip', {
          id: 'tidak ada pegawai dengan NIP ini (impor data pegawai terlebih dahulu)',
          en: 'no employee has this NIP (import the employee first)',
        });
      } else if (!scope.canReachRegion(employee.region_id)) {
        reject('nip', {
          id: 'pegawai ini terdaftar di daerah lain',
          en: 'this employee is registered in another region',
        });
      } else if (seen.has(row.sourceRef)) {
        reject('course_code', {
          id: `NIP, kode kursus dan tanggal selesai yang sama sudah ada di baris ${seen.get(row.sourceRef)}`,
          en: `the same nip, course_code and completed_on already appear on line ${seen.get(row.sourceRef)}`,
        });
      } else {
        seen.set(row.sourceRef, row.line);
        accepted.push({
          ...row,
          employeeId: employee.id,
          regionId: employee.region_id,
          courseId: courses.get(row.courseCode.toLowerCase()) ?? null,
          existing: existing.get(row.sourceRef),
        });
      }
    }
    return accepted;
  }

  /**
   * One multi-row INSERT per chunk rather than one `credit()` per row: the rollup triggers run
   * once per statement, so a 10,000-row file costs five passes instead of ten thousand. The same
   * rules as `LearningRecordService.credit` hold: valid JP (checked per row) and ON CONFLICT on
   * (source, source_ref), so a concurrent import of the same file cannot count a record twice.
   */
  private async insert(
    manager: EntityManager,
    rows: AcceptedRow[],
    scope: AccessScope,
  ): Promise<number> {
    let inserted = 0;
    for (let i = 0; i < rows.length; i += CHUNK) {
      const chunk = rows.slice(i, i + CHUNK);
      const ids: { id: string; source_ref: string }[] = await manager.query(
        `INSERT INTO learning_records
           (employee_id, region_id, course_id, source, source_ref, title, competency, digital, jp,
            completed_on, certificate_number)
         SELECT t.employee_id, t.region_id, t.course_id, $1, t.source_ref, t.title, t.competency,
                t.digital, t.jp, t.completed_on, t.certificate_number
           FROM unnest($2::uuid[], $3::uuid[], $4::uuid[], $5::text[], $6::text[], $7::text[],
                       $8::boolean[], $9::numeric[], $10::date[], $11::text[])
             AS t(employee_id, region_id, course_id, source_ref, title, competency, digital, jp,
                  completed_on, certificate_number)
         ON CONFLICT (source, source_ref) DO NOTHING
         RETURNING id, source_ref`,
        [
          LearningSource.IMPORT,
          chunk.map((r) => r.employeeId),
          chunk.map((r) => r.regionId),
          chunk.map((r) => r.courseId),
          chunk.map((r) => r.sourceRef),
          chunk.map((r) => r.courseTitle),
          chunk.map((r) => r.competency),
          chunk.map((r) => r.digital),
          chunk.map((r) => r.jp),
          chunk.map((r) => r.completedOn),
          chunk.map((r) => r.certificateNumber),
        ],
      );
      inserted += ids.length;
      const byRef = new Map(chunk.map((r) => [r.sourceRef, r]));
      await manager.query(
        `INSERT INTO imported_training_records (learning_record_id, course_code, institution, imported_by)
         SELECT t.id, t.course_code, t.institution, $4
           FROM unnest($1::uuid[], $2::text[], $3::text[]) AS t(id, course_code, institution)`,
        [
          ids.map((x) => x.id),
          ids.map((x) => byRef.get(x.source_ref)?.courseCode ?? ''),
          ids.map((x) => byRef.get(x.source_ref)?.institution ?? null),
          scope.user?.id ?? null,
        ],
      );
    }
    return inserted;
  }

  /** Corrections of records imported before; the UPDATE trigger moves the rollups. */
  private async update(manager: EntityManager, rows: AcceptedRow[]): Promise<void> {
    for (let i = 0; i < rows.length; i += CHUNK) {
      const chunk = rows.slice(i, i + CHUNK);
      await manager.query(
        `WITH fixed AS (
           UPDATE learning_records r
              SET course_id = t.course_id, title = t.title, competency = t.competency,
                  digital = t.digital, jp = t.jp, certificate_number = t.certificate_number
             FROM unnest($2::text[], $3::uuid[], $4::text[], $5::text[], $6::boolean[],
                         $7::numeric[], $8::text[])
               AS t(source_ref, course_id, title, competency, digital, jp, certificate_number)
            WHERE r.source = $1 AND r.source_ref = t.source_ref
           RETURNING r.id, r.source_ref)
         INSERT INTO imported_training_records (learning_record_id, course_code, institution)
         SELECT f.id, m.course_code, m.institution
           FROM fixed f
           JOIN unnest($2::text[], $9::text[], $10::text[]) AS m(source_ref, course_code, institution)
             ON m.source_ref = f.source_ref
         ON CONFLICT (learning_record_id) DO UPDATE
           SET course_code = EXCLUDED.course_code, institution = EXCLUDED.institution`,
        [
          LearningSource.IMPORT,
          chunk.map((r) => r.sourceRef),
          chunk.map((r) => r.courseId),
          chunk.map((r) => r.courseTitle),
          chunk.map((r) => r.competency),
          chunk.map((r) => r.digital),
          chunk.map((r) => r.jp),
          chunk.map((r) => r.certificateNumber),
          chunk.map((r) => r.courseCode),
          chunk.map((r) => r.institution),
        ],
      );
    }
  }
}
