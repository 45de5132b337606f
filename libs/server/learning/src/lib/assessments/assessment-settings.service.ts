import { AccessScope, AuditService, InvalidInputError, NotFoundError } from '@lms/server/core';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { AssessmentKind, CourseStatus } from '../common/learning-enums';
import { CourseService } from '../courses/course.service';
import { Assessment } from './assessment.entity';
import { AssessmentSettingsInput } from './dtos/assessment-settings.input';

@Injectable()
export class AssessmentSettingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly courses: CourseService,
    private readonly audit: AuditService,
  ) {}

  /** The tests of a course the scope may see (their settings hold no answers). */
  async list(courseId: string, scope: AccessScope): Promise<Assessment[]> {
    const course = await this.courses.getForScope(courseId, scope, 'courseId');
    return this.dataSource
      .getRepository(Assessment)
      .find({ where: { courseId: course.id }, order: { kind: 'DESC' } });
  }

  /** For a course already checked by the caller. */
  listOf(courseId: string): Promise<Assessment[]> {
    return this.dataSource
      .getRepository(Assessment)
      .find({ where: { courseId }, order: { kind: 'DESC' } });
  }

  /** Creates or changes the course's PRE or POST test. */
  configure(
    courseId: string,
    kind: AssessmentKind,
    input: AssessmentSettingsInput,
    scope: AccessScope,
  ): Promise<Assessment> {
    return this.dataSource.transaction(async (m) => {
      const course = await this.courses.getEditable(courseId, scope, 'courseId', m);
      if (course.status === CourseStatus.ARCHIVED) {
        throw new InvalidInputError(
          'courseId',
          'courseId: the course is archived and can no longer change',
        );
      }
      const existing = await m.findOneBy(Assessment, { courseId: course.id, kind });
      const values = {
        questionCount: input.questionCount,
        timeLimitMinutes: input.timeLimitMinutes ?? null,
        passingScore: input.passingScore,
        maxAttempts: input.maxAttempts ?? null,
        revealAnswers: input.revealAnswers ?? false,
      };
      const saved = existing
        ? await m.save(Object.assign(existing, values))
        : await m.save(m.create(Assessment, { courseId: course.id, kind, ...values }));
      await this.audit.record(m, {
        action: 'configureAssessment',
        entityType: 'Assessment',
        entityId: saved.id,
        regionId: course.regionId,
        summary: { courseId: course.id, kind, created: !existing, ...values },
      });
      return saved;
    });
  }

  /** Removes a test nobody has attempted yet. */
  remove(courseId: string, kind: AssessmentKind, scope: AccessScope): Promise<boolean> {
    return this.dataSource.transaction(async (m) => {
      const course = await this.courses.getEditable(courseId, scope, 'courseId', m);
      const existing = await m.findOneBy(Assessment, { courseId: course.id, kind });
      if (!existing) throw new NotFoundError('Assessment', 'kind');
      const used = await m.query(
        `SELECT 1 FROM assessment_attempts WHERE assessment_id = $1 LIMIT 1`,
        [existing.id],
      );
      if (used.length > 0) {
        throw new InvalidInputError(
          'kind',
          'kind: learners have attempted this test; change its settings instead',
        );
      }
      await m.delete(Assessment, { id: existing.id });
      await this.audit.record(m, {
        action: 'removeAssessment',
        entityType: 'Assessment',
        entityId: existing.id,
        regionId: course.regionId,
        summary: { courseId: course.id, kind },
      });
      return true;
    });
  }
}
