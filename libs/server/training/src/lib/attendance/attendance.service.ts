import {
  AccessScope,
  AttemptLimiter,
  AttemptPolicy,
  AuditService,
  ConflictError,
  InvalidInputError,
} from '@lms/server/core';
import { normalizeNip } from '@lms/shared/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, Repository } from 'typeorm';

import { todayIn } from '../common/class-time';
import { learnerEmployeeId } from '../common/training-access';
import { AttendanceMethod, EnrollmentStatus, TrainingStatus } from '../common/training-enums';
import { Enrollment } from '../enrollments/enrollment.entity';
import { MAX_NIPS_PER_CALL } from '../enrollments/nominee-resolver';
import { checkInCodeMatches } from '../trainings/check-in-code';
import type { Training } from '../trainings/training.entity';
import { TrainingService } from '../trainings/training.service';
import { TrainingSession } from '../trainings/training-session.entity';
import { Attendance } from './attendance.entity';
import { AttendanceChange } from './attendance.models';

/** Wrong check-in codes a learner may type before a pause: a 6-character code is not a password. */
const CHECK_IN_POLICY: AttemptPolicy = { name: 'check-in', limit: 10, windowSeconds: 600 };

interface Mark {
  session: TrainingSession;
  enrollmentIds: string[];
  present: boolean;
  method: AttendanceMethod;
  userId: string | null;
  afterTheDay: boolean;
}

/**
 * Attendance (*presensi*) per day. Marks change under a lock on the day's session row, so the
 * "before" of every audit entry is exact, and under a shared lock on the class, so completing the
 * class waits for (and then sees) every mark in flight.
 */
@Injectable()
export class AttendanceService {
  constructor(
    @InjectRepository(Attendance) private readonly attendances: Repository<Attendance>,
    @InjectRepository(TrainingSession) private readonly sessions: Repository<TrainingSession>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly trainings: TrainingService,
    private readonly limiter: AttemptLimiter,
    private readonly auditTrail: AuditService,
  ) {}

  /** The organizer or an instructor of the class marks a list of participants for a past or present day. */
  async record(
    trainingId: string,
    date: string,
    nips: string[],
    present: boolean,
    scope: AccessScope,
  ): Promise<Enrollment[]> {
    const training = await this.trainings.getVisible(trainingId, scope, 'trainingId');
    this.assertOpenForMarks(training.status);
    const session = await this.sessions.findOneBy({ trainingId: training.id, day: date });
    if (!session) {
      throw new InvalidInputError(
        'date',
        `date: not a day of this class (${training.startDate} to ${training.endDate})`,
      );
    }
    const today = todayIn(training.timeZone);
    if (date > today) throw new InvalidInputError('date', 'date: is in the future');
    const enrollmentIds = await this.participants(training.id, nips);
    await this.dataSource.transaction(async (manager) => {
      await this.lockForMarks(manager, training.id, session.id);
      await this.mark(manager, {
        session,
        enrollmentIds,
        present,
        method: AttendanceMethod.ROSTER,
        userId: scope.user?.id ?? null,
        afterTheDay: today > date,
      });
      await this.auditTrail.record(manager, {
        action: 'recordAttendance',
        entityType: 'Training',
        entityId: training.id,
        regionId: training.regionId,
        summary: { date, present, participants: enrollmentIds.length },
      });
    });
    return this.dataSource.getRepository(Enrollment).findBy({ id: In(enrollmentIds) });
  }

  /** A learner checks in with the day's code, only while that day's session is running. */
  async checkIn(trainingId: string, code: string, scope: AccessScope): Promise<Enrollment> {
    const employeeId = learnerEmployeeId(scope);
    const training = await this.trainings.getForLearner(trainingId, scope, 'trainingId');
    const enrollment = await this.dataSource.getRepository(Enrollment).findOneBy({
      trainingId: training.id,
      employeeId,
      status: EnrollmentStatus.CONFIRMED,
    });
    if (!enrollment) {
      throw new ConflictError('trainingId', 'trainingId: you have no confirmed seat in this class');
    }
    const subject = scope.user?.id ?? employeeId;
    await this.limiter.assertAllowed(CHECK_IN_POLICY, [subject]);
    const session = await this.sessions
      .createQueryBuilder('s')
      .where('s.training_id = :trainingId', { trainingId: training.id })
      .andWhere('now() BETWEEN s.starts_at AND s.ends_at')
      .getOne();
    if (!session) {
      throw new ConflictError('code', 'code: no day of this class is open for check-in now');
    }
    if (!checkInCodeMatches(session.checkInCode, code)) {
      await this.limiter.recordFailure(CHECK_IN_POLICY, [subject]);
      throw new InvalidInputError('code', "code: is not today's check-in code");
    }
    await this.dataSource.transaction(async (manager) => {
      await this.lockForMarks(manager, training.id, session.id);
      await this.mark(manager, {
        session,
        enrollmentIds: [enrollment.id],
        present: true,
        method: AttendanceMethod.CHECK_IN,
        userId: scope.user?.id ?? null,
        afterTheDay: false,
      });
    });
    return enrollment;
  }

  /** Every change of the class's marks, oldest first. */
  async audit(trainingId: string, scope: AccessScope): Promise<AttendanceChange[]> {
    const training = await this.trainings.getVisible(trainingId, scope, 'trainingId');
    const rows: {
      id: string;
      date: string;
      enrollment_id: string;
      username: string | null;
      changed_at: Date;
      method: AttendanceMethod;
      before_present: boolean | null;
      after_present: boolean;
      after_the_day: boolean;
    }[] = await this.dataSource.query(
      `SELECT a.id::text, s.day::text AS date, a.enrollment_id, u.username, a.changed_at, a.method,
              a.before_present, a.after_present, a.after_the_day
         FROM attendance_audits a
         JOIN training_sessions s ON s.id = a.session_id
         LEFT JOIN users u ON u.id = a.changed_by
        WHERE s.training_id = $1
        ORDER BY a.id`,
      [training.id],
    );
    return rows.map((r) => ({
      id: r.id,
      date: r.date,
      enrollmentId: r.enrollment_id,
      changedBy: r.username,
      changedAt: r.changed_at,
      method: r.method,
      beforePresent: r.before_present,
      afterPresent: r.after_present,
      afterTheDay: r.after_the_day,
    }));
  }

  marksOf(sessionIds: readonly string[]): Promise<Attendance[]> {
    return this.attendances.findBy({ sessionId: In([...sessionIds]) });
  }

  /** Days marked present, per enrollment. */
  async attendedDays(enrollmentIds: readonly string[]): Promise<Map<string, number>> {
    const rows: { enrollment_id: string; days: number }[] = await this.dataSource.query(
      `SELECT enrollment_id, count(*)::int AS days FROM attendances
        WHERE enrollment_id = ANY($1::uuid[]) AND present GROUP BY enrollment_id`,
      [enrollmentIds],
    );
    return new Map(rows.map((r) => [r.enrollment_id, r.days]));
  }

  /** The NIPs as confirmed participants of the class, all of them, or BAD_USER_INPUT on `nips`. */
  private async participants(trainingId: string, rawNips: string[]): Promise<string[]> {
    if (!rawNips.length) throw new InvalidInputError('nips', 'nips: name at least one participant');
    if (rawNips.length > MAX_NIPS_PER_CALL) {
      throw new InvalidInputError('nips', `nips: at most ${MAX_NIPS_PER_CALL} per call`);
    }
    const nips = [...new Set(rawNips.map((n) => normalizeNip(n)))];
    const rows: { id: string; nip: string }[] = await this.dataSource.query(
      `SELECT e.id, p.nip FROM enrollments e JOIN employees p ON p.id = e.employee_id
        WHERE e.training_id = $1 AND e.status = $2 AND p.nip = ANY($3::text[])`,
      [trainingId, EnrollmentStatus.CONFIRMED, nips],
    );
    const found = new Set(rows.map((r) => r.nip));
    const missing = nips.filter((n) => !found.has(n));
    if (missing.length) {
      const shown = missing.slice(0, 10).join(', ') + (missing.length > 10 ? ', …' : '');
      throw new InvalidInputError(
        'nips',
        `nips: not a confirmed participant of this class: ${shown}`,
      );
    }
    return rows.map((r) => r.id);
  }

  private async lockForMarks(
    manager: EntityManager,
    trainingId: string,
    sessionId: string,
  ): Promise<void> {
    const rows: { status: Training['status'] }[] = await manager.query(
      `SELECT status FROM trainings WHERE id = $1 FOR SHARE`,
      [trainingId],
    );
    this.assertOpenForMarks(rows[0].status);
    await manager.query(`SELECT 1 FROM training_sessions WHERE id = $1 FOR UPDATE`, [sessionId]);
  }

  private assertOpenForMarks(status: Training['status']): void {
    if (status !== TrainingStatus.SCHEDULED) {
      throw new ConflictError(
        'trainingId',
        `trainingId: the class is ${status}; its attendance is final`,
      );
    }
  }

  /** Upserts the marks that change and writes one audit row for each; unchanged marks write nothing. */
  private async mark(manager: EntityManager, m: Mark): Promise<void> {
    await manager.query(
      `WITH before AS (
         SELECT enrollment_id, present FROM attendances
          WHERE session_id = $1 AND enrollment_id = ANY($2::uuid[])
       ), changed AS (
         INSERT INTO attendances (session_id, enrollment_id, present, method, recorded_by, recorded_at)
         SELECT $1, unnest($2::uuid[]), $3, $4, $5, now()
         ON CONFLICT (session_id, enrollment_id) DO UPDATE
            SET present = EXCLUDED.present, method = EXCLUDED.method,
                recorded_by = EXCLUDED.recorded_by, recorded_at = now()
          WHERE attendances.present IS DISTINCT FROM EXCLUDED.present
         RETURNING enrollment_id, present
       )
       INSERT INTO attendance_audits
         (session_id, enrollment_id, changed_by, method, before_present, after_present, after_the_day)
       SELECT $1, c.enrollment_id, $5, $4, b.present, c.present, $6
         FROM changed c LEFT JOIN before b USING (enrollment_id)`,
      [m.session.id, m.enrollmentIds, m.present, m.method, m.userId, m.afterTheDay],
    );
  }
}
