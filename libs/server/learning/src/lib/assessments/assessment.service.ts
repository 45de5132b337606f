import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { AssessmentKind } from '../common/learning-enums';
import { AttemptService } from './attempt.service';

/**
 * What other areas ask about test results (attempts whose time ran out are closed first, so they
 * count as submitted at their deadline): whether a learner passed a course's post-test (Bimtek
 * completion) and the best scores of a class (its pre/post gain). Only submitted attempts count.
 */
@Injectable()
export class AssessmentService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly attempts: AttemptService,
  ) {}

  /**
   * True when the employee has a passed, submitted POST attempt for the course, submitted on or
   * after `sinceDate` (`YYYY-MM-DD`, e.g. a class's start date) when one is given.
   */
  async hasPassedPostTest(
    employeeId: string,
    courseId: string,
    sinceDate?: string | null,
  ): Promise<boolean> {
    await this.dataSource.transaction((m) =>
      this.attempts.closeExpired(m, { courseId, employeeId }),
    );
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM assessment_attempts
        WHERE employee_id = $1 AND course_id = $2 AND kind = 'POST' AND passed
          AND ($3::date IS NULL OR submitted_at >= $3::date)
        LIMIT 1`,
      [employeeId, courseId, sinceDate ?? null],
    );
    return rows.length > 0;
  }

  /** The best submitted score (0..100) of each employee that has one, for the course's PRE or POST test. */
  async bestScores(
    courseId: string,
    employeeIds: readonly string[],
    kind: AssessmentKind,
  ): Promise<Map<string, number>> {
    if (employeeIds.length === 0) return new Map();
    await this.dataSource.transaction((m) => this.attempts.closeExpired(m, { courseId }));
    const rows: { employee_id: string; best: string }[] = await this.dataSource.query(
      `SELECT employee_id, max(score) AS best FROM assessment_attempts
        WHERE course_id = $1 AND kind = $2 AND employee_id = ANY($3::uuid[]) AND submitted_at IS NOT NULL
        GROUP BY employee_id`,
      [courseId, kind, [...employeeIds]],
    );
    return new Map(rows.map((r) => [r.employee_id, Number(r.best)]));
  }
}
