import { type AuditActor, AuditService } from '@lms/server/core';
import { localIsoDate } from '@lms/shared/domain';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

import { EnrolmentStatus, LearningSource } from '../common/learning-enums';
import { Course } from '../courses/course.entity';
import { LearningRecordService } from '../ledger/learning-record.service';
import { CourseEnrolment } from './course-enrolment.entity';

/**
 * A self-paced enrolment completes when every lesson is done and, when the course has a
 * post-test, a post-test attempt has passed. Completion and its JP credit are written in the
 * caller's transaction, so one never exists without the other (nor without its audit event).
 */
@Injectable()
export class CompletionService {
  constructor(
    private readonly ledger: LearningRecordService,
    private readonly audit: AuditService,
  ) {}

  /**
   * `actor` is who the completion is recorded for: the request's account by default, null when
   * the system completed it (a post-test closed at its deadline).
   */
  async tryComplete(
    m: EntityManager,
    enrolmentId: string,
    actor?: AuditActor | null,
  ): Promise<boolean> {
    const enrolment = await m
      .getRepository(CourseEnrolment)
      .createQueryBuilder('e')
      .setLock('pessimistic_write')
      .where('e.id = :id', { id: enrolmentId })
      .getOne();
    if (!enrolment || enrolment.status === EnrolmentStatus.COMPLETED) return false;

    const [state] = await m.query(
      `SELECT
         (SELECT count(*)::int FROM lessons l WHERE l.course_id = $1) AS lessons,
         (SELECT count(*)::int FROM lesson_progress p JOIN lessons l ON l.id = p.lesson_id
           WHERE p.enrolment_id = $2) AS done,
         EXISTS (SELECT 1 FROM assessments a WHERE a.course_id = $1 AND a.kind = 'POST') AS has_post,
         EXISTS (SELECT 1 FROM assessment_attempts t
                  WHERE t.course_id = $1 AND t.employee_id = $3 AND t.kind = 'POST' AND t.passed) AS passed_post`,
      [enrolment.courseId, enrolment.id, enrolment.employeeId],
    );
    if (state.lessons === 0 || state.done < state.lessons) return false;
    if (state.has_post && !state.passed_post) return false;

    const course = await m.findOneByOrFail(Course, { id: enrolment.courseId });
    const credit = await this.ledger.credit(m, {
      employeeId: enrolment.employeeId,
      regionId: enrolment.regionId,
      courseId: course.id,
      source: LearningSource.SELF_PACED,
      sourceRef: enrolment.id,
      title: course.title,
      competency: course.competency,
      digital: course.digital,
      jp: course.jp,
      completedOn: localIsoDate(new Date()),
    });
    const recordId =
      credit.id ??
      (
        await m.query(`SELECT id FROM learning_records WHERE source = $1 AND source_ref = $2`, [
          LearningSource.SELF_PACED,
          enrolment.id,
        ])
      )[0]?.id ??
      null;
    await m.update(
      CourseEnrolment,
      { id: enrolment.id },
      { status: EnrolmentStatus.COMPLETED, completedAt: new Date(), learningRecordId: recordId },
    );
    await this.audit.record(m, {
      action: 'completeCourse',
      entityType: 'CourseEnrolment',
      entityId: enrolment.id,
      regionId: course.regionId,
      summary: {
        courseId: course.id,
        employeeId: enrolment.employeeId,
        jp: course.jp,
        learningRecordId: recordId,
        credited: credit.credited,
      },
      actor,
    });
    return true;
  }
}
