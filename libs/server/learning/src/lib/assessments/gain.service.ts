import { AccessScope } from '@lms/server/core';
import { Role, roundJp } from '@lms/shared/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { CourseService } from '../courses/course.service';
import { AttemptService } from './attempt.service';
import { CourseGainView, LearnerGainView } from './gain.model';

/**
 * Gain = best post-test score − best pre-test score, per learner; the course figure averages the
 * learners that have both. Staff see only learners of their own region, even on a shared course.
 */
@Injectable()
export class GainService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly courses: CourseService,
    private readonly attempts: AttemptService,
  ) {}

  async forCourse(courseId: string, scope: AccessScope): Promise<CourseGainView> {
    scope.assertRole(Role.ADMIN, Role.ORGANIZER, Role.INSTRUCTOR, Role.HR_ANALYST);
    const course = await this.courses.getForScope(courseId, scope, 'courseId');
    await this.dataSource.transaction((m) =>
      this.attempts.closeExpired(m, { courseId: course.id }),
    );
    const rows: { employee_id: string; pre: number | null; post: number | null }[] =
      await this.dataSource.query(
        `SELECT t.employee_id,
              max(t.score) FILTER (WHERE t.kind = 'PRE')::float8 AS pre,
              max(t.score) FILTER (WHERE t.kind = 'POST')::float8 AS post
         FROM assessment_attempts t JOIN employees e ON e.id = t.employee_id
        WHERE t.course_id = $1 AND t.submitted_at IS NOT NULL AND ($2::uuid IS NULL OR e.region_id = $2)
        GROUP BY t.employee_id, e.full_name
        ORDER BY e.full_name, t.employee_id`,
        [course.id, scope.regionId],
      );
    const learners: LearnerGainView[] = rows.map((r) => ({
      employeeId: r.employee_id,
      preScore: r.pre,
      postScore: r.post,
      gain: r.pre !== null && r.post !== null ? roundJp(r.post - r.pre) : null,
    }));
    const paired = learners.filter((l) => l.gain !== null);
    const mean = (values: number[]) =>
      values.length ? roundJp(values.reduce((a, b) => a + b, 0) / values.length) : null;
    return {
      courseId: course.id,
      pairedCount: paired.length,
      averagePre: mean(paired.map((l) => l.preScore as number)),
      averagePost: mean(paired.map((l) => l.postScore as number)),
      averageGain: mean(paired.map((l) => l.gain as number)),
      learners,
    };
  }
}
