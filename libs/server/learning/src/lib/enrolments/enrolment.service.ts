import {
  AccessScope,
  AuditService,
  ForbiddenError,
  InvalidInputError,
  NotFoundError,
} from '@lms/server/core';
import { roundJp } from '@lms/shared/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource, In } from 'typeorm';

import { AttemptService } from '../assessments/attempt.service';
import {
  AssessmentKind,
  CourseDelivery,
  CourseStatus,
  EnrolmentStatus,
} from '../common/learning-enums';
import { Lesson } from '../content/lesson.entity';
import { Course } from '../courses/course.entity';
import { CourseService } from '../courses/course.service';
import { CompletionService } from './completion.service';
import { CourseEnrolment, LessonProgress } from './course-enrolment.entity';
import { CourseProgressView, LearnerAssessmentView } from './learner-progress.model';

/** The learner's side of self-paced courses: enrolment, lesson progress, their own test state. */
@Injectable()
export class EnrolmentService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly courses: CourseService,
    private readonly completion: CompletionService,
    private readonly attempts: AttemptService,
    private readonly audit: AuditService,
  ) {}

  /** Self-enrolment in a published ONLINE course; enrolling twice returns the same enrolment. */
  async enrol(courseId: string, scope: AccessScope): Promise<CourseEnrolment> {
    const employeeId = learnerOf(scope);
    const course = await this.courses.getForScope(courseId, scope, 'courseId');
    if (course.status !== CourseStatus.PUBLISHED) {
      throw new InvalidInputError('courseId', 'courseId: the course is not open for enrolment');
    }
    if (course.delivery !== CourseDelivery.ONLINE) {
      throw new InvalidInputError(
        'courseId',
        'courseId: only ONLINE self-paced courses take self-enrolment',
      );
    }
    return this.dataSource.transaction(async (m) => {
      // xmax = 0 only on a row this statement inserted: a repeated enrolment writes no event.
      const [row]: { id: string; inserted: boolean }[] = await m.query(
        `INSERT INTO course_enrolments (course_id, employee_id, region_id)
         SELECT $1, e.id, e.region_id FROM employees e WHERE e.id = $2
         ON CONFLICT (course_id, employee_id) DO UPDATE SET course_id = EXCLUDED.course_id
         RETURNING id, (xmax = 0) AS inserted`,
        [course.id, employeeId],
      );
      if (!row) throw new NotFoundError('Employee');
      if (row.inserted) {
        await this.audit.record(m, {
          action: 'enrolInCourse',
          entityType: 'CourseEnrolment',
          entityId: row.id,
          regionId: course.regionId,
          summary: { courseId: course.id, code: course.code, employeeId },
        });
      }
      return m.findOneByOrFail(CourseEnrolment, { id: row.id });
    });
  }

  /** Marks a lesson done; completes the course (and credits its JP) when that was the last step. */
  async completeLesson(lessonId: string, scope: AccessScope): Promise<CourseProgressView> {
    const employeeId = learnerOf(scope);
    const lesson = isUUID(lessonId)
      ? await this.dataSource.getRepository(Lesson).findOneBy({ id: lessonId })
      : null;
    if (!lesson) throw new NotFoundError('Lesson', 'lessonId');
    const course = await this.courses.getForScope(lesson.courseId, scope, 'lessonId');
    await this.dataSource.transaction(async (m) => {
      const enrolment = await m.findOneBy(CourseEnrolment, { courseId: course.id, employeeId });
      if (!enrolment)
        throw new InvalidInputError('lessonId', 'lessonId: enrol in the course first');
      const inserted: unknown[] = await m.query(
        `INSERT INTO lesson_progress (enrolment_id, lesson_id, completed_at) VALUES ($1, $2, $3)
         ON CONFLICT DO NOTHING RETURNING lesson_id`,
        [enrolment.id, lesson.id, new Date()],
      );
      // Marking a done lesson again writes nothing, so it leaves no event either.
      if (inserted.length > 0) {
        await this.audit.record(m, {
          action: 'completeLesson',
          entityType: 'CourseEnrolment',
          entityId: enrolment.id,
          regionId: course.regionId,
          summary: { courseId: course.id, lessonId: lesson.id, employeeId },
        });
      }
      await this.completion.tryComplete(m, enrolment.id);
    });
    return this.progress(course.id, scope);
  }

  /** The learner's state in one course they may see, enrolled or not. */
  async progress(courseId: string, scope: AccessScope): Promise<CourseProgressView> {
    const employeeId = learnerOf(scope);
    const course = await this.courses.getForScope(courseId, scope, 'courseId');
    const enrolment = await this.dataSource
      .getRepository(CourseEnrolment)
      .findOneBy({ courseId: course.id, employeeId });
    const [view] = await this.build([course], enrolment ? [enrolment] : []);
    return view;
  }

  /** Every course the learner enrolled in, newest first ("Pembelajaran saya"). */
  async myLearning(scope: AccessScope): Promise<CourseProgressView[]> {
    const employeeId = learnerOf(scope);
    const enrolments = await this.dataSource
      .getRepository(CourseEnrolment)
      .find({ where: { employeeId }, order: { enrolledAt: 'DESC', id: 'ASC' } });
    if (enrolments.length === 0) return [];
    // Unscoped on purpose: an enrolled course stays on the page after it is archived.
    const courses = await this.courses.findByIds(enrolments.map((e) => e.courseId));
    const byId = new Map(courses.map((c) => [c.id, c]));
    return this.build(
      enrolments.map((e) => byId.get(e.courseId)).filter((c): c is Course => !!c),
      enrolments,
    );
  }

  /** The learner's view of a course's PRE or POST test, or null when the course has none. */
  async learnerAssessment(
    courseId: string,
    employeeId: string,
    kind: AssessmentKind,
  ): Promise<LearnerAssessmentView | null> {
    await this.dataSource.transaction((m) =>
      this.attempts.closeExpired(m, { courseId, employeeId }),
    );
    const [row] = await this.dataSource.query(
      `SELECT a.kind, a.question_count, a.time_limit_minutes, a.passing_score::float8 AS passing_score, a.max_attempts,
              count(t.id)::int AS used, max(t.score)::float8 AS best, coalesce(bool_or(t.passed), false) AS passed,
              (array_agg(t.id) FILTER (WHERE t.submitted_at IS NULL))[1] AS open_id
         FROM assessments a
         LEFT JOIN assessment_attempts t ON t.assessment_id = a.id AND t.employee_id = $2
        WHERE a.course_id = $1 AND a.kind = $3
        GROUP BY a.id`,
      [courseId, employeeId, kind],
    );
    if (!row) return null;
    return {
      kind: row.kind,
      questionCount: row.question_count,
      timeLimitMinutes: row.time_limit_minutes,
      passingScore: row.passing_score,
      maxAttempts: row.max_attempts,
      attemptsUsed: row.used,
      attemptsLeft: row.max_attempts === null ? null : Math.max(0, row.max_attempts - row.used),
      bestScore: row.best,
      passed: row.passed,
      openAttemptId: row.open_id,
    };
  }

  /** Best post-test score minus best pre-test score, once both exist. */
  async learnerGain(courseId: string, employeeId: string): Promise<number | null> {
    const [row] = await this.dataSource.query(
      `SELECT max(score) FILTER (WHERE kind = 'PRE')::float8 AS pre, max(score) FILTER (WHERE kind = 'POST')::float8 AS post
         FROM assessment_attempts WHERE course_id = $1 AND employee_id = $2 AND submitted_at IS NOT NULL`,
      [courseId, employeeId],
    );
    return row?.pre != null && row?.post != null ? roundJp(row.post - row.pre) : null;
  }

  private async build(
    courses: Course[],
    enrolments: CourseEnrolment[],
  ): Promise<CourseProgressView[]> {
    const courseIds = courses.map((c) => c.id);
    const lessons = await this.dataSource.query(
      `SELECT course_id, count(*)::int AS n FROM lessons WHERE course_id = ANY($1::uuid[]) GROUP BY course_id`,
      [courseIds],
    );
    const totals = new Map<string, number>(
      lessons.map((r: { course_id: string; n: number }) => [r.course_id, r.n]),
    );
    const done = enrolments.length
      ? await this.dataSource
          .getRepository(LessonProgress)
          .find({ where: { enrolmentId: In(enrolments.map((e) => e.id)) } })
      : [];
    const byCourse = new Map(enrolments.map((e) => [e.courseId, e]));
    return courses.map((course) => {
      const enrolment = byCourse.get(course.id) ?? null;
      const completedLessonIds = enrolment
        ? done.filter((p) => p.enrolmentId === enrolment.id).map((p) => p.lessonId)
        : [];
      const lessonsTotal = totals.get(course.id) ?? 0;
      const lessonsDone = Math.min(completedLessonIds.length, lessonsTotal);
      const progress =
        enrolment?.status === EnrolmentStatus.COMPLETED
          ? 1
          : lessonsTotal === 0
            ? 0
            : lessonsDone / lessonsTotal;
      return { course, enrolment, completedLessonIds, lessonsTotal, lessonsDone, progress };
    });
  }
}

export function learnerOf(scope: AccessScope): string {
  const employeeId = scope.user?.employeeId;
  if (!employeeId)
    throw new ForbiddenError('Only a learner linked to an employee has learning of their own');
  return employeeId;
}
