import { AccessScope, AuditService, ConflictError } from '@lms/server/core';
import {
  AssessmentKind,
  AssessmentService,
  Course,
  CourseService,
  LearningRecordService,
  LearningSource,
} from '@lms/server/learning';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { todayIn } from '../common/class-time';
import {
  EnrollmentStatus,
  NotificationKind,
  SEAT_HOLDING,
  TrainingStatus,
} from '../common/training-enums';
import { Enrollment } from '../enrollments/enrollment.entity';
import { EnrollmentQueries } from '../enrollments/enrollment-queries.service';
import { SeatAllocator } from '../enrollments/seat-allocator';
import { NotificationService } from '../notifications/notification.service';
import { Training } from '../trainings/training.entity';
import { TrainingService } from '../trainings/training.service';
import { AssessmentGain } from './assessment-gain.model';
import { decideCompletion } from './completion-rule';

/** Someone was enrolled between reading post-test results and taking the lock: read them again. */
class ParticipantsChanged extends Error {}

interface Participant {
  id: string;
  employee_id: string;
  attended: number;
}

/**
 * Closes a class: each CONFIRMED participant becomes COMPLETED or NOT_COMPLETED by the class's
 * rules, those who completed get the course's JP in the ledger, the waitlist and pending requests
 * are closed, and the class becomes COMPLETED, all in one transaction under the class's row lock.
 *
 * Calling it again on a completed class changes nothing and answers the same participants, so a
 * retried request is harmless.
 */
@Injectable()
export class CompletionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly trainings: TrainingService,
    private readonly enrollments: EnrollmentQueries,
    private readonly courses: CourseService,
    private readonly ledger: LearningRecordService,
    private readonly assessments: AssessmentService,
    private readonly seats: SeatAllocator,
    private readonly notices: NotificationService,
    private readonly audit: AuditService,
  ) {}

  async complete(trainingId: string, scope: AccessScope): Promise<Enrollment[]> {
    const training = await this.trainings.getManageable(trainingId, scope);
    if (training.status === TrainingStatus.SCHEDULED) {
      if (todayIn(training.timeZone) < training.endDate) {
        throw new ConflictError(
          'trainingId',
          `trainingId: the class runs until ${training.endDate}; complete it on or after that day`,
        );
      }
      const [course] = await this.courses.findByIds([training.courseId]);
      for (let attempt = 1; ; attempt += 1) {
        // Post-test results are read before the transaction: a second pool connection taken
        // while holding the class's lock could starve the pool (every other one waits for it).
        const passed = training.postTestRequired ? await this.postTestResults(training) : null;
        try {
          await this.dataSource.transaction((manager) =>
            this.completeLocked(manager, training, course, passed),
          );
          break;
        } catch (error) {
          if (!(error instanceof ParticipantsChanged) || attempt >= 3) throw error;
        }
      }
    }
    const after = await this.trainings.getVisible(training.id, scope, 'trainingId');
    if (after.status === TrainingStatus.CANCELLED) {
      throw new ConflictError('trainingId', 'trainingId: the class is CANCELLED');
    }
    return (await this.enrollments.forTrainings([training.id])).filter((e) =>
      SEAT_HOLDING.includes(e.status),
    );
  }

  /** The class's pre/post-test gain over its participants that took both tests; null when none did. */
  async gain(training: Training): Promise<AssessmentGain | null> {
    const participants = (await this.enrollments.forTrainings([training.id])).filter((e) =>
      SEAT_HOLDING.includes(e.status),
    );
    const ids = participants.map((p) => p.employeeId);
    if (!ids.length) return null;
    const [pre, post] = await Promise.all([
      this.assessments.bestScores(training.courseId, ids, AssessmentKind.PRE),
      this.assessments.bestScores(training.courseId, ids, AssessmentKind.POST),
    ]);
    const both = ids.filter((id) => pre.has(id) && post.has(id));
    if (!both.length) return null;
    const mean = (values: number[]) =>
      Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 100) / 100;
    const preMean = mean(both.map((id) => pre.get(id) as number));
    const postMean = mean(both.map((id) => post.get(id) as number));
    return {
      participants: ids.length,
      tested: both.length,
      preTestMean: preMean,
      postTestMean: postMean,
      meanGain: Math.round((postMean - preMean) * 100) / 100,
    };
  }

  /**
   * The post-test counts when submitted since the class began. AssessmentService compares a date in
   * the database's zone (UTC), so the class's first start is given as its UTC date: a Jayapura class
   * starting 08:00 WIT (23:00 UTC the day before) must not miss the attempts of its first hour.
   */
  /**
   * Whether each CONFIRMED participant passed the post-test since the class began.
   * AssessmentService compares a date in the database's zone (UTC), so the class's first start is
   * given as its UTC date: a Jayapura class starting 08:00 WIT (23:00 UTC the day before) must not
   * miss the attempts of its first hour.
   */
  private async postTestResults(training: Training): Promise<Map<string, boolean>> {
    const [{ first }]: { first: Date }[] = await this.dataSource.query(
      `SELECT min(starts_at) AS first FROM training_sessions WHERE training_id = $1`,
      [training.id],
    );
    const since = first.toISOString().slice(0, 10);
    const confirmed = (await this.enrollments.forTrainings([training.id])).filter(
      (e) => e.status === EnrollmentStatus.CONFIRMED,
    );
    const results = await Promise.all(
      confirmed.map(
        async (e) =>
          [
            e.employeeId,
            await this.assessments.hasPassedPostTest(e.employeeId, training.courseId, since),
          ] as const,
      ),
    );
    return new Map(results);
  }

  private async completeLocked(
    manager: EntityManager,
    training: Training,
    course: Course,
    passed: Map<string, boolean> | null,
  ): Promise<void> {
    const locked = await this.seats.lock(manager, training.id);
    // Another request completed (or cancelled) the class while this one waited for the lock.
    if (locked.status !== TrainingStatus.SCHEDULED) return;
    const [{ days }]: { days: number }[] = await manager.query(
      `SELECT count(*)::int AS days FROM training_sessions WHERE training_id = $1`,
      [training.id],
    );
    const participants: Participant[] = await manager.query(
      `SELECT e.id, e.employee_id, count(a.session_id) FILTER (WHERE a.present)::int AS attended
         FROM enrollments e LEFT JOIN attendances a ON a.enrollment_id = e.id
        WHERE e.training_id = $1 AND e.status = 'CONFIRMED'
        GROUP BY e.id, e.employee_id`,
      [training.id],
    );
    if (passed && participants.some((p) => !passed.has(p.employee_id))) {
      throw new ParticipantsChanged();
    }
    const decisions = participants.map((p) => {
      const postTestPassed = passed ? (passed.get(p.employee_id) as boolean) : null;
      return {
        ...p,
        ...decideCompletion(p.attended, days, training.minAttendanceRate, postTestPassed),
        postTestPassed,
      };
    });
    if (decisions.length) {
      await manager.query(
        `UPDATE enrollments e SET status = d.status, attendance_rate = d.rate,
                post_test_passed = d.passed, completed_at = now(), updated_at = now()
           FROM unnest($1::uuid[], $2::text[], $3::numeric[], $4::boolean[]) AS d(id, status, rate, passed)
          WHERE e.id = d.id`,
        [
          decisions.map((d) => d.id),
          decisions.map((d) => d.status),
          decisions.map((d) => d.attendanceRate),
          decisions.map((d) => d.postTestPassed),
        ],
      );
    }
    for (const d of decisions.filter((x) => x.status === EnrollmentStatus.COMPLETED)) {
      await this.ledger.credit(manager, {
        employeeId: d.employee_id,
        regionId: training.regionId,
        courseId: course.id,
        source: LearningSource.BIMTEK,
        sourceRef: d.id,
        title: course.title,
        competency: course.competency,
        digital: course.digital,
        jp: course.jp,
        completedOn: training.endDate,
      });
    }
    await manager.query(
      `UPDATE enrollments SET status = 'CANCELLED', cancelled_at = now(),
              cancel_reason = 'The class was completed', updated_at = now()
        WHERE training_id = $1 AND status IN ('WAITLISTED', 'PENDING_APPROVAL')`,
      [training.id],
    );
    await this.audit.record(manager, {
      action: 'completeTraining',
      entityType: 'Training',
      entityId: training.id,
      regionId: training.regionId,
      summary: {
        completed: decisions.filter((d) => d.status === EnrollmentStatus.COMPLETED).length,
        notCompleted: decisions.filter((d) => d.status === EnrollmentStatus.NOT_COMPLETED).length,
      },
    });
    await manager.update(
      Training,
      { id: training.id },
      {
        status: TrainingStatus.COMPLETED,
        completedAt: new Date(),
      },
    );
    await this.notices.add(
      manager,
      decisions.map((d) => ({
        employeeId: d.employee_id,
        kind:
          d.status === EnrollmentStatus.COMPLETED
            ? NotificationKind.TRAINING_COMPLETED
            : NotificationKind.TRAINING_NOT_COMPLETED,
        subject: locked.title,
        trainingId: training.id,
        enrollmentId: d.id,
      })),
    );
  }
}
