import {
  AccessScope,
  ConnectionShape,
  decodeCursor,
  InvalidInputError,
  toConnection,
} from '@lms/server/core';
import { Agency, Employee } from '@lms/server/organization';
import { ANNUAL_JP_OBLIGATION, EmploymentType, PositionType, roundJp } from '@lms/shared/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import {
  IndicatorScope,
  IndicatorScopeService,
  isNarrow,
  scopeConditions,
} from '../common/indicator-scope.service';
import { checkIndicatorYear, currentYear } from '../common/indicator-year';
import { SqlParams } from '../common/sql-params';
import { CsvExport, MAX_EXPORT_ROWS, toCsv } from '../exports/csv-writer';
import { JpShortfallRow } from './analyst.models';
import { JpShortfallArgs, ScopeYearArgs } from './dtos/analyst.args';

interface ShortfallSqlRow {
  id: string;
  nip: string;
  full_name: string;
  email: string | null;
  agency_id: string;
  region_id: string;
  grade: string;
  position_title: string | null;
  position_type: PositionType | null;
  employment_type: EmploymentType;
  active: boolean;
  created_at: Date;
  updated_at: Date;
  agency_code: string;
  agency_name: string;
  agency_parent_id: string | null;
  agency_path: string;
  agency_depth: number;
  agency_created_at: Date;
  total_jp: number;
}

const COLUMNS = `e.id, e.nip, e.full_name, e.email, e.agency_id, e.region_id, e.grade,
  e.position_title, e.position_type, e.employment_type, e.active, e.created_at, e.updated_at,
  a.code AS agency_code, a.name AS agency_name, a.parent_id AS agency_parent_id,
  a.path AS agency_path, a.depth AS agency_depth, a.created_at AS agency_created_at,
  coalesce(f.jp, 0)::float8 AS total_jp`;

/**
 * Active employees whose JP of a year is below the 20-JP obligation, by agency code, then name.
 * The year's JP per employee comes from the rollups' per-employee facts, so the list is as fresh
 * as the ledger and costs one index probe per employee in scope.
 */
@Injectable()
export class JpShortfallService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scopes: IndicatorScopeService,
  ) {}

  async page(args: JpShortfallArgs, scope: AccessScope): Promise<ConnectionShape<JpShortfallRow>> {
    const year = checkIndicatorYear(args.year) ?? currentYear();
    const resolved = await this.scopes.resolve(args, scope);
    const countParams = new SqlParams();
    const [{ count }] = await this.dataSource.query(
      `SELECT count(*)::int AS count ${this.from(resolved, year, countParams)}`,
      countParams.values,
    );
    const p = new SqlParams();
    let where = this.from(resolved, year, p);
    if (args.after) {
      const [code, name, id] = decodeCursor(args.after, 3);
      where += ` AND (a.code, e.full_name, e.id) > (${p.add(code)}, ${p.add(name)}, ${p.add(id)}::uuid)`;
    }
    const rows: ShortfallSqlRow[] = await this.dataSource.query(
      `SELECT ${COLUMNS} ${where} ORDER BY a.code, e.full_name, e.id LIMIT ${p.add(args.first + 1)}`,
      p.values,
    );
    return toConnection(rows.map(toShortfallRow), args.first, count, (r) => [
      r.agency.code,
      r.employee.fullName,
      r.employee.id,
    ]);
  }

  async csv(args: ScopeYearArgs, scope: AccessScope): Promise<CsvExport> {
    const year = checkIndicatorYear(args.year) ?? currentYear();
    const resolved = await this.scopes.resolve(args, scope);
    const p = new SqlParams();
    const rows: ShortfallSqlRow[] = await this.dataSource.query(
      `SELECT ${COLUMNS} ${this.from(resolved, year, p)}
        ORDER BY a.code, e.full_name, e.id LIMIT ${MAX_EXPORT_ROWS + 1}`,
      p.values,
    );
    if (rows.length > MAX_EXPORT_ROWS) {
      throw new InvalidInputError(
        'agencyId',
        `agencyId: more than ${MAX_EXPORT_ROWS} employees; export one region or agency at a time`,
      );
    }
    const header = [
      'nip',
      'nama',
      'golongan',
      'jabatan',
      'kode_opd',
      'nama_opd',
      'tahun',
      'jp',
      'kekurangan_jp',
    ];
    const lines = rows.map((r) => {
      const row = toShortfallRow(r);
      return [
        r.nip,
        r.full_name,
        r.grade,
        r.position_title ?? '',
        r.agency_code,
        r.agency_name,
        year,
        row.totalJp,
        row.shortfall,
      ];
    });
    return {
      filename: `kekurangan-jp-${year}.csv`,
      rows: lines.length,
      content: toCsv(header, lines),
    };
  }

  /**
   * The year's JP of each employee: in a region, through a LATERAL aggregate (one primary-key
   * probe per employee, where a plain join let the planner hash the whole facts table); across
   * every region, through that hash join.
   */
  private from(scope: IndicatorScope, year: number, p: SqlParams): string {
    return `FROM employees e
      JOIN agencies a ON a.id = e.agency_id
      ${
        isNarrow(scope)
          ? `LEFT JOIN LATERAL (
               SELECT sum(x.jp) AS jp FROM indicator_employee_facts x
                WHERE x.employee_id = e.id AND x.year = ${p.add(year)} AND x.competency = '*') f ON true`
          : `LEFT JOIN indicator_employee_facts f
               ON f.employee_id = e.id AND f.year = ${p.add(year)} AND f.competency = '*'`
      }
     WHERE e.active AND coalesce(f.jp, 0) < ${p.add(ANNUAL_JP_OBLIGATION)}
           ${scopeConditions('e', scope, p)}`;
  }
}

function toShortfallRow(r: ShortfallSqlRow): JpShortfallRow {
  const employee = Object.assign(new Employee(), {
    id: r.id,
    nip: r.nip,
    fullName: r.full_name,
    email: r.email,
    agencyId: r.agency_id,
    regionId: r.region_id,
    grade: r.grade,
    positionTitle: r.position_title,
    positionType: r.position_type,
    employmentType: r.employment_type,
    active: r.active,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  });
  const agency = Object.assign(new Agency(), {
    id: r.agency_id,
    regionId: r.region_id,
    parentId: r.agency_parent_id,
    code: r.agency_code,
    name: r.agency_name,
    path: r.agency_path,
    depth: r.agency_depth,
    createdAt: r.agency_created_at,
  });
  const totalJp = roundJp(r.total_jp);
  return {
    employee,
    agency,
    totalJp,
    shortfall: roundJp(ANNUAL_JP_OBLIGATION - totalJp),
  };
}
