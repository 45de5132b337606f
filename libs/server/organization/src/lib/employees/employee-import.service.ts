import {
  AccessScope,
  AuditService,
  ImportError,
  ImportResult,
  MAX_REPORTED_IMPORT_ERRORS,
  readCsv,
} from '@lms/server/core';
import { Lang, LocalizedText } from '@lms/shared/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';

import { AgencyService } from '../agencies/agency.service';
import { Employee } from './employee.entity';
import { EMPLOYEE_CSV_COLUMNS, EmployeeRow, validateEmployeeRow } from './employee-row.validator';

const MAX_ROWS = 100_000;
const CHUNK = 1000;

const repeated = (line: number | undefined): LocalizedText => ({
  id: `muncul lagi (pertama di baris ${line})`,
  en: `appears again (first on line ${line})`,
});

interface ExistingEmployee {
  id: string;
  nip: string;
  regionId: string;
  email: string | null;
}

/**
 * Upserts employees from the contract's CSV by NIP. Every row is checked before anything is
 * written; the valid rows of a real run go in one transaction, so a failure leaves nothing behind.
 */
@Injectable()
export class EmployeeImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly agencies: AgencyService,
    private readonly audit: AuditService,
  ) {}

  async import(
    csv: string,
    dryRun: boolean,
    scope: AccessScope,
    lang: Lang,
  ): Promise<ImportResult> {
    const rows = readCsv(csv, {
      required: EMPLOYEE_CSV_COLUMNS.required,
      optional: EMPLOYEE_CSV_COLUMNS.optional,
      maxRows: MAX_ROWS,
    });
    const errors: ImportError[] = [];
    const agencyCodes = [...new Set(rows.map((r) => (r.values['agency_code'] ?? '').trim()))];
    const agencies = await this.agencies.findByCodes(agencyCodes, scope);

    const valid: EmployeeRow[] = [];
    for (const row of rows) {
      const result = validateEmployeeRow(row, agencies, lang);
      if ('error' in result) errors.push(result.error);
      else valid.push(result.row);
    }

    const accepted = await this.checkAgainstStore(valid, scope, errors, lang);
    const existing = new Set(accepted.filter((r) => r.existingId).map((r) => r.nip));
    const result: ImportResult = {
      created: accepted.length - existing.size,
      updated: existing.size,
      rejected: rows.length - accepted.length,
      errors: errors.sort((a, b) => a.line - b.line).slice(0, MAX_REPORTED_IMPORT_ERRORS),
    };
    if (!dryRun && accepted.length > 0) {
      await this.dataSource.transaction(async (manager) => {
        await this.write(manager, accepted);
        await this.audit.record(manager, {
          action: 'importEmployees',
          entityType: 'Employee',
          regionId: scope.regionId,
          summary: {
            rows: rows.length,
            created: result.created,
            updated: result.updated,
            rejected: result.rejected,
          },
          actor: scope,
        });
      });
    }
    return result;
  }

  /** Duplicates inside the file, employees of other regions and e-mails already taken. */
  private async checkAgainstStore(
    rows: EmployeeRow[],
    scope: AccessScope,
    errors: ImportError[],
    lang: Lang,
  ): Promise<EmployeeRow[]> {
    const byNip = new Map<string, ExistingEmployee>();
    const byEmail = new Map<string, ExistingEmployee>();
    const repo = this.dataSource.getRepository(Employee);
    for (let i = 0; i < rows.length; i += CHUNK) {
      const chunk = rows.slice(i, i + CHUNK);
      const nips = chunk.map((r) => r.nip);
      const emails = chunk.flatMap((r) => (r.email ? [r.email] : []));
      const found = await repo.find({
        select: { id: true, nip: true, regionId: true, email: true },
        where: [{ nip: In(nips) }, ...(emails.length ? [{ email: In(emails) }] : [])],
      });
      for (const e of found) {
        byNip.set(e.nip, e);
        if (e.email) byEmail.set(e.email.toLowerCase(), e);
      }
    }

    const seenNip = new Map<string, number>();
    const seenEmail = new Map<string, number>();
    const accepted: EmployeeRow[] = [];
    for (const row of rows) {
      const reject = (field: string, message: LocalizedText) =>
        errors.push({ line: row.line, field, message: `${field}: ${message[lang]}` });
      const current = byNip.get(row.nip);
      const emailOwner = row.email ? byEmail.get(row.email) : undefined;
      if (seenNip.has(row.nip)) {
        reject('nip', repeated(seenNip.get(row.nip)));
      } else if (current && !scope.canReachRegion(current.regionId)) {
        reject('nip', {
          id: 'pegawai ini terdaftar di daerah lain',
          en: 'this employee is registered in another region',
        });
      } else if (row.email && seenEmail.has(row.email)) {
        reject('email', repeated(seenEmail.get(row.email)));
      } else if (emailOwner && emailOwner.nip !== row.nip) {
        reject('email', {
          id: 'sudah dipakai pegawai lain',
          en: 'already belongs to another employee',
        });
      } else {
        seenNip.set(row.nip, row.line);
        if (row.email) seenEmail.set(row.email, row.line);
        accepted.push({ ...row, existingId: current?.id });
      }
    }
    return accepted;
  }

  private async write(manager: EntityManager, rows: EmployeeRow[]): Promise<void> {
    for (let i = 0; i < rows.length; i += CHUNK) {
      const chunk = rows.slice(i, i + CHUNK);
      await manager
        .createQueryBuilder()
        .insert()
        .into(Employee)
        .values(
          chunk.map((r) => ({
            nip: r.nip,
            fullName: r.fullName,
            email: r.email,
            agencyId: r.agencyId,
            regionId: r.regionId,
            grade: r.grade,
            positionTitle: r.positionTitle,
            positionType: r.positionType,
            employmentType: r.employmentType,
            active: r.active,
          })),
        )
        .orUpdate(
          [
            'full_name',
            'email',
            'agency_id',
            'region_id',
            'grade',
            'position_title',
            'position_type',
            'employment_type',
            'active',
            'updated_at',
          ],
          ['nip'],
        )
        .execute();
    }
  }
}
