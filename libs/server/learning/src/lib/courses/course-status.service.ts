import { AccessScope, AuditService, InvalidInputError } from '@lms/server/core';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { CourseStatus } from '../common/learning-enums';
import { Course } from './course.entity';
import { CourseService } from './course.service';

/** DRAFT → PUBLISHED → ARCHIVED, one way. */
@Injectable()
export class CourseStatusService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly courses: CourseService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Publishing needs at least one lesson, and every configured test needs questions in the bank;
   * checked under the course's row lock so a lesson removed meanwhile cannot slip through.
   */
  publish(id: string, scope: AccessScope): Promise<Course> {
    return this.dataSource.transaction(async (m) => {
      const course = await this.courses.getEditable(id, scope, 'id', m);
      if (course.status !== CourseStatus.DRAFT) {
        throw new InvalidInputError(
          'status',
          `status: only a DRAFT course can be published (it is ${course.status})`,
        );
      }
      const [{ lessons }] = await m.query(
        `SELECT count(*)::int AS lessons FROM lessons WHERE course_id = $1`,
        [course.id],
      );
      if (lessons === 0) {
        throw new InvalidInputError(
          'lessons',
          'lessons: add at least one lesson before publishing the course',
        );
      }
      const emptyTests: { kind: string }[] = await m.query(
        `SELECT a.kind FROM assessments a
          WHERE a.course_id = $1
            AND NOT EXISTS (SELECT 1 FROM questions q WHERE q.course_id = a.course_id AND q.active)`,
        [course.id],
      );
      if (emptyTests.length > 0) {
        throw new InvalidInputError(
          'questions',
          `questions: the ${emptyTests.map((t) => t.kind).join(' and ')} test needs questions in the bank`,
        );
      }
      course.status = CourseStatus.PUBLISHED;
      course.publishedAt = new Date();
      const saved = await m.save(course);
      await this.audit.record(m, {
        action: 'publishCourse',
        entityType: 'Course',
        entityId: course.id,
        regionId: course.regionId,
        summary: { code: course.code, lessons },
      });
      return saved;
    });
  }

  archive(id: string, scope: AccessScope): Promise<Course> {
    return this.dataSource.transaction(async (m) => {
      const course = await this.courses.getEditable(id, scope, 'id', m);
      if (course.status === CourseStatus.ARCHIVED) {
        throw new InvalidInputError('status', 'status: the course is already archived');
      }
      const before = course.status;
      course.status = CourseStatus.ARCHIVED;
      const saved = await m.save(course);
      await this.audit.record(m, {
        action: 'archiveCourse',
        entityType: 'Course',
        entityId: course.id,
        regionId: course.regionId,
        summary: { code: course.code, before },
      });
      return saved;
    });
  }
}
