import { AccessScope, InvalidInputError } from '@lms/server/core';
import { roundJp } from '@lms/shared/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { SiasnExportArgs } from '../analyst/dtos/analyst.args';
import { IndicatorScopeService, scopeConditions } from '../common/indicator-scope.service';
import { checkIndicatorYear } from '../common/indicator-year';
import { SqlParams } from '../common/sql-params';
import { CsvExport, MAX_EXPORT_ROWS, toCsv } from './csv-writer';

/** The fields of SIASN's riwayat kursus (BKN), in the order its upload templates use. */
export const SIASN_COLUMNS = [
  'namaKursus',
  'institusiPenyelenggara',
  'jumlahJam',
  'nomorSertipikat',
  'tanggalKursus',
  'tanggalSelesaiKursus',
  'tahunKursus',
  'NIP',
] as const;

interface SiasnSqlRow {
  title: string;
  jp: number;
  completed_on: string;
  started_on: string | null;
  source: string;
  certificate_number: string | null;
  nip: string;
  region_name: string;
  institution: string | null;
}

/** SIASN writes dates as DD-MM-YYYY. */
const siasnDate = (iso: string) => `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}`;

/**
 * Completed trainings of the employees in scope as SIASN riwayat kursus rows, for BKN's upload,
 * with the number of the class's VALID certificate where one was issued.
 * `jumlahJam` is an integer in SIASN: JP are rounded to the nearest whole hour (at least 1).
 * Classes and self-paced courses run on the platform name the region's BKPSDM as organizer and
 * start on the class's first day or the enrolment day; imported history keeps its own institution
 * and, having no start date, starts on the day it was completed.
 */
@Injectable()
export class SiasnExportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scopes: IndicatorScopeService,
  ) {}

  async export(args: SiasnExportArgs, scope: AccessScope): Promise<CsvExport> {
    const year = checkIndicatorYear(args.year);
    const resolved = await this.scopes.resolve(args, scope);
    const p = new SqlParams();
    const period =
      year === null
        ? ''
        : ` AND r.completed_on >= ${p.add(`${year}-01-01`)}::date AND r.completed_on < ${p.add(`${year + 1}-01-01`)}::date`;
    const rows: SiasnSqlRow[] = await this.dataSource.query(
      `SELECT r.title, r.jp::float8 AS jp, to_char(r.completed_on, 'YYYY-MM-DD') AS completed_on,
              to_char(coalesce(t.start_date, (ce.enrolled_at AT TIME ZONE 'Asia/Jakarta')::date),
                      'YYYY-MM-DD') AS started_on,
              r.source, coalesce(r.certificate_number, cf.number) AS certificate_number, e.nip,
              g.name AS region_name, i.institution
         FROM learning_records r
         JOIN employees e ON e.id = r.employee_id
         JOIN regions g ON g.id = r.region_id
         LEFT JOIN imported_training_records i ON i.learning_record_id = r.id
         LEFT JOIN enrollments en ON r.source = 'BIMTEK' AND en.id::text = r.source_ref
         LEFT JOIN trainings t ON t.id = en.training_id
         LEFT JOIN certificates cf ON cf.enrollment_id = en.id AND cf.status = 'VALID'
         LEFT JOIN course_enrolments ce ON r.source = 'SELF_PACED' AND ce.id::text = r.source_ref
        WHERE true ${scopeConditions('e', resolved, p)} ${period}
        ORDER BY e.nip, r.completed_on, r.title
        LIMIT ${MAX_EXPORT_ROWS + 1}`,
      p.values,
    );
    if (rows.length > MAX_EXPORT_ROWS) {
      throw new InvalidInputError(
        'year',
        `year: more than ${MAX_EXPORT_ROWS} records; export one year, region or agency at a time`,
      );
    }
    const lines = rows.map((r) => {
      const started =
        r.started_on && r.started_on <= r.completed_on ? r.started_on : r.completed_on;
      return [
        r.title,
        r.source === 'IMPORT' ? (r.institution ?? '') : `BKPSDM ${r.region_name}`,
        Math.max(1, Math.round(roundJp(r.jp))),
        r.certificate_number ?? '',
        siasnDate(started),
        siasnDate(r.completed_on),
        Number(r.completed_on.slice(0, 4)),
        r.nip,
      ];
    });
    return {
      filename: `siasn-riwayat-kursus${year === null ? '' : `-${year}`}.csv`,
      rows: lines.length,
      content: toCsv(SIASN_COLUMNS, lines),
    };
  }
}
