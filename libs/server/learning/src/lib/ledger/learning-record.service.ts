import { InvalidInputError } from '@lms/server/core';
import {
  ANNUAL_JP_OBLIGATION,
  isValidJp,
  jpProgress,
  meetsJpObligation,
  sumJp,
} from '@lms/shared/domain';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';

import { CompetencyType, LearningSource } from '../common/learning-enums';
import { JpSummary } from './jp-summary.model';
import { LearningRecord } from './learning-record.entity';

export interface CreditInput {
  employeeId: string;
  regionId: string;
  courseId: string | null;
  source: LearningSource;
  /** Identifies the completion within its source (an enrolment id, an import key). */
  sourceRef: string;
  title: string;
  competency: CompetencyType;
  digital: boolean;
  jp: number;
  /** `YYYY-MM-DD`. */
  completedOn: string;
  certificateNumber?: string | null;
}

export interface CreditResult {
  /** False when this (source, sourceRef) was already credited: nothing was written. */
  credited: boolean;
  id: string | null;
}

/**
 * The JP ledger. Crediting is idempotent on (source, sourceRef) so a retried job or a second
 * completion click cannot count JP twice; callers pass their transaction's manager so the record
 * commits or rolls back with the completion that earned it.
 */
@Injectable()
export class LearningRecordService {
  constructor(
    @InjectRepository(LearningRecord) private readonly records: Repository<LearningRecord>,
  ) {}

  async credit(manager: EntityManager, input: CreditInput): Promise<CreditResult> {
    if (!isValidJp(input.jp)) throw new RangeError(`jp must be a valid JP value, got ${input.jp}`);
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO learning_records
         (employee_id, region_id, course_id, source, source_ref, title, competency, digital, jp,
          completed_on, certificate_number)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
       ON CONFLICT (source, source_ref) DO NOTHING
       RETURNING id`,
      [
        input.employeeId,
        input.regionId,
        input.courseId,
        input.source,
        input.sourceRef,
        input.title,
        input.competency,
        input.digital,
        input.jp,
        input.completedOn,
        input.certificateNumber ?? null,
      ],
    );
    return { credited: rows.length > 0, id: rows[0]?.id ?? null };
  }

  /** JP of an employee's records completed in a calendar year. */
  async jpForYear(employeeId: string, year: number): Promise<number> {
    const rows = await this.forYear(employeeId, year);
    return sumJp(rows.map((r) => r.jp));
  }

  forYear(employeeId: string, year: number): Promise<LearningRecord[]> {
    return this.records
      .createQueryBuilder('r')
      .where('r.employee_id = :employeeId', { employeeId })
      .andWhere('r.completed_on >= :from AND r.completed_on < :until', {
        from: `${year}-01-01`,
        until: `${year + 1}-01-01`,
      })
      .orderBy('r.completed_on', 'DESC')
      .addOrderBy('r.created_at', 'DESC')
      .getMany();
  }

  /** A year of JP against the annual obligation, with the records behind it. */
  async summary(employeeId: string, year: number): Promise<JpSummary> {
    if (!Number.isInteger(year) || year < 1950 || year > 2200) {
      throw new InvalidInputError('year', 'year: must be a calendar year such as 2026');
    }
    const records = await this.forYear(employeeId, year);
    const totalJp = sumJp(records.map((r) => r.jp));
    return {
      year,
      totalJp,
      obligation: ANNUAL_JP_OBLIGATION,
      progress: jpProgress(totalJp),
      met: meetsJpObligation(totalJp),
      records,
    };
  }
}
