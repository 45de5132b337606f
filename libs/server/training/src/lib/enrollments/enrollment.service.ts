import {
  AccessScope,
  AuditService,
  ConflictError,
  ForbiddenError,
  NotFoundError,
} from '@lms/server/core';
import { CourseStatus } from '@lms/server/learning';
import { Employee } from '@lms/server/organization';
import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource, EntityManager, In, Repository } from 'typeorm';

import { canManage, learnerEmployeeId } from '../common/training-access';
import {
  ACTIVE_STATUSES,
  EnrollmentSource,
  EnrollmentStatus,
  NotificationKind,
  SEAT_HOLDING,
  TrainingStatus,
} from '../common/training-enums';
import { NotificationService } from '../notifications/notification.service';
import { Training } from '../trainings/training.entity';
import { TrainingService } from '../trainings/training.service';
import { Enrollment } from './enrollment.entity';
import { NomineeResolver } from './nominee-resolver';
import { LockedTraining, SeatAllocator } from './seat-allocator';

/**
 * Who sits in a class: organizers' nominations, learners' own registrations, approval, cancelling
 * (which moves the waitlist up) and capacity changes. Each change is one transaction that first
 * locks the class row (SeatAllocator.lock), so seat decisions never race.
 */
@Injectable()
export class EnrollmentService {
  constructor(
    @InjectRepository(Enrollment) private readonly enrollments: Repository<Enrollment>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly trainings: TrainingService,
    private readonly nominees: NomineeResolver,
    private readonly seats: SeatAllocator,
    private readonly notices: NotificationService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Organizers enroll employees by NIP until the class is completed, even after its days have
   * passed. All or nothing: one bad NIP refuses the whole list. An employee who already holds a live
   * enrollment in the class keeps it unchanged (so a script may safely send the same list twice).
   */
  async enrollByNip(trainingId: string, nips: string[], scope: AccessScope): Promise<Enrollment[]> {
    const training = await this.trainings.getManageable(trainingId, scope);
    this.assertScheduled(training.status);
    const nominees = await this.nominees.resolve(nips, training.regionId);
    const ids = await this.dataSource.transaction(async (manager) => {
      // Written before taking the lock: the lock is held as briefly as possible.
      await this.audit.record(manager, {
        action: 'enrollEmployees',
        entityType: 'Training',
        entityId: training.id,
        regionId: training.regionId,
        summary: { nips: nominees.length },
      });
      const employeeIds = nominees.map((n) => n.employeeId);
      const locked = await this.seats.lock(manager, training.id, 'trainingId', employeeIds);
      this.assertOpen(locked);
      const existing = locked.existing;
      const fresh = nominees.filter((n) => !existing.has(n.employeeId));
      const requests = await this.nominees.withQuotas(manager, locked, fresh);
      const created = await this.seats.place(manager, locked, requests, {
        source: EnrollmentSource.ORGANIZER,
        requestedBy: scope.user?.id ?? null,
        pending: false,
      });
      const createdBy = new Map(fresh.map((n, i) => [n.employeeId, created[i]]));
      return nominees.map(
        (n) => existing.get(n.employeeId) ?? (createdBy.get(n.employeeId) as string),
      );
    });
    return this.inOrder(ids);
  }

  /**
   * A learner registers themself, only while registration is open. A class that requires approval
   * puts the request in PENDING_APPROVAL; otherwise it takes a seat or a place on the waitlist.
   */
  async register(trainingId: string, scope: AccessScope): Promise<Enrollment> {
    const employeeId = learnerEmployeeId(scope);
    const training = await this.trainings.getForLearner(trainingId, scope, 'trainingId');
    this.assertScheduled(training.status);
    this.assertRegistrationOpen(training);
    const employee = await this.dataSource.getRepository(Employee).findOneBy({ id: employeeId });
    if (!employee?.active || employee.regionId !== training.regionId) {
      throw new ForbiddenError("Only active employees of the class's region may register");
    }
    const id = await this.dataSource.transaction(async (manager) => {
      const locked = await this.seats.lock(manager, training.id, 'trainingId', [employeeId]);
      this.assertOpen(locked);
      if (locked.existing.size) {
        throw new ConflictError(
          'trainingId',
          'trainingId: you are already registered for this class',
        );
      }
      const [created] = await this.seats.place(
        manager,
        locked,
        await this.nominees.withQuotas(manager, locked, [
          { employeeId, agencyId: employee.agencyId },
        ]),
        {
          source: EnrollmentSource.SELF,
          requestedBy: scope.user?.id ?? null,
          pending: training.requiresApproval,
        },
      );
      await this.audit.record(manager, {
        action: 'registerForTraining',
        entityType: 'Enrollment',
        entityId: created,
        regionId: locked.regionId,
        summary: { trainingId: locked.id },
      });
      return created;
    });
    return this.enrollments.findOneByOrFail({ id });
  }

  /** The organizer accepts a pending registration: it then takes a seat or joins the waitlist. */
  async approve(id: string, note: string | null, scope: AccessScope): Promise<Enrollment> {
    const { enrollment } = await this.manageableEnrollment(id, scope);
    return this.changeLocked(
      'approveEnrollment',
      enrollment.trainingId,
      id,
      async (manager, locked, current) => {
        if (current.status !== EnrollmentStatus.PENDING_APPROVAL) {
          throw new ConflictError(
            'id',
            `id: the enrollment is ${current.status}, not awaiting approval`,
          );
        }
        const status = this.seats.claim(locked, current.quotaAgencyId);
        // The waitlist order starts from the approval: the request entered the queue only now.
        await manager.query(
          `UPDATE enrollments SET status = $2::text, queue_seq = nextval('enrollment_queue_seq'),
                decided_by = $3, decided_at = now(), updated_at = now(),
                confirmed_at = CASE WHEN $2::text = 'CONFIRMED' THEN now() END
          WHERE id = $1`,
          [id, status, scope.user?.id ?? null],
        );
        await this.notify(
          manager,
          locked,
          current,
          status === EnrollmentStatus.CONFIRMED
            ? NotificationKind.ENROLLMENT_CONFIRMED
            : NotificationKind.ENROLLMENT_WAITLISTED,
        );
      },
      note,
    );
  }

  async reject(id: string, reason: string | null, scope: AccessScope): Promise<Enrollment> {
    const { enrollment } = await this.manageableEnrollment(id, scope);
    return this.changeLocked(
      'rejectEnrollment',
      enrollment.trainingId,
      id,
      async (manager, locked, current) => {
        if (current.status !== EnrollmentStatus.PENDING_APPROVAL) {
          throw new ConflictError(
            'id',
            `id: the enrollment is ${current.status}, not awaiting approval`,
          );
        }
        await manager.update(
          Enrollment,
          { id },
          {
            status: EnrollmentStatus.REJECTED,
            decidedBy: scope.user?.id ?? null,
            decidedAt: new Date(),
            cancelReason: reason,
          },
        );
        await this.notify(manager, locked, current, NotificationKind.REGISTRATION_REJECTED);
      },
      reason,
    );
  }

  /** Frees the enrollment's seat (if it held one); the first waitlisted moves up in the same transaction. */
  async cancel(id: string, reason: string | null, scope: AccessScope): Promise<Enrollment> {
    const { enrollment } = await this.manageableEnrollment(id, scope);
    return this.changeLocked(
      'cancelEnrollment',
      enrollment.trainingId,
      id,
      async (manager, locked, current) => {
        await this.cancelLocked(manager, locked, current, reason, scope.user?.id ?? null);
        await this.notify(manager, locked, current, NotificationKind.ENROLLMENT_CANCELLED);
      },
      reason,
    );
  }

  /** A learner withdraws from a class that has not started yet. */
  async withdraw(trainingId: string, scope: AccessScope): Promise<Enrollment> {
    const employeeId = learnerEmployeeId(scope);
    const training = await this.trainings.getForLearner(trainingId, scope, 'trainingId');
    const enrollment = await this.enrollments.findOne({
      where: { trainingId: training.id, employeeId, status: In([...ACTIVE_STATUSES]) },
    });
    if (!enrollment) throw new NotFoundError('Enrollment', 'trainingId');
    if (training.status === TrainingStatus.SCHEDULED && (await this.hasStarted(training.id))) {
      throw new ConflictError('trainingId', 'trainingId: the class has started; ask the organizer');
    }
    return this.changeLocked(
      'withdrawFromTraining',
      training.id,
      enrollment.id,
      async (manager, locked, current) => {
        await this.cancelLocked(
          manager,
          locked,
          current,
          'Withdrawn by the participant',
          scope.user?.id ?? null,
        );
      },
    );
  }

  /**
   * The organizer moves one waitlisted person up ahead of the queue. When the class is full this
   * adds the seat they take (capacity + 1); an agency quota still holds.
   */
  async promote(id: string, note: string | null, scope: AccessScope): Promise<Enrollment> {
    const { enrollment } = await this.manageableEnrollment(id, scope);
    return this.changeLocked(
      'promoteEnrollment',
      enrollment.trainingId,
      id,
      async (manager, locked, current) => {
        if (current.status !== EnrollmentStatus.WAITLISTED) {
          throw new ConflictError('id', `id: the enrollment is ${current.status}, not WAITLISTED`);
        }
        const quota = current.quotaAgencyId ? locked.quotas.get(current.quotaAgencyId) : undefined;
        if (quota && quota.taken >= quota.seats) {
          throw new ConflictError('id', "id: the agency's quota for this class is full");
        }
        if (locked.confirmedCount >= locked.capacity) {
          locked.capacity = locked.confirmedCount + 1;
          await manager.update(Training, { id: locked.id }, { capacity: locked.capacity });
        }
        this.seats.claim(locked, current.quotaAgencyId);
        await manager.update(
          Enrollment,
          { id },
          {
            status: EnrollmentStatus.CONFIRMED,
            confirmedAt: new Date(),
            promotedAt: new Date(),
          },
        );
        await this.notify(manager, locked, current, NotificationKind.ENROLLMENT_PROMOTED);
      },
      note,
    );
  }

  /** Raising the capacity moves the waitlist up at once; it never drops below the seats taken. */
  async changeCapacity(
    trainingId: string,
    capacity: number,
    scope: AccessScope,
  ): Promise<Training> {
    const training = await this.trainings.getManageable(trainingId, scope);
    await this.dataSource.transaction(async (manager) => {
      const locked = await this.seats.lock(manager, training.id);
      this.assertScheduled(locked.status);
      if (capacity < locked.confirmedCount) {
        throw new ConflictError(
          'capacity',
          `capacity: ${locked.confirmedCount} seats are already taken`,
        );
      }
      await manager.update(Training, { id: training.id }, { capacity });
      const promoted = await this.seats.fill(manager, training.id);
      await this.audit.record(manager, {
        action: 'changeTrainingCapacity',
        entityType: 'Training',
        entityId: locked.id,
        regionId: locked.regionId,
        summary: { from: locked.capacity, to: capacity, promoted: promoted.length },
      });
    });
    return this.trainings.getVisible(training.id, scope);
  }

  /** Cancels a scheduled class and every live enrollment in it, telling each participant. */
  async cancelTraining(
    trainingId: string,
    reason: string | null,
    scope: AccessScope,
  ): Promise<Training> {
    const training = await this.trainings.getManageable(trainingId, scope);
    await this.dataSource.transaction(async (manager) => {
      const locked = await this.seats.lock(manager, training.id);
      this.assertScheduled(locked.status);
      const live: { id: string; employee_id: string }[] = await manager.query(
        // Wrapped in a SELECT: TypeORM answers a bare UPDATE … RETURNING as [rows, count].
        `WITH cancelled AS (
           UPDATE enrollments SET status = 'CANCELLED', cancelled_at = now(), cancelled_by = $2,
                  cancel_reason = $3, updated_at = now()
            WHERE training_id = $1 AND status = ANY($4::text[])
            RETURNING id, employee_id
         )
         SELECT id, employee_id FROM cancelled`,
        [training.id, scope.user?.id ?? null, reason ?? 'Class cancelled', ACTIVE_STATUSES],
      );
      await manager.update(Training, { id: training.id }, { status: TrainingStatus.CANCELLED });
      await this.audit.record(manager, {
        action: 'cancelTraining',
        entityType: 'Training',
        entityId: locked.id,
        regionId: locked.regionId,
        summary: { cancelledEnrollments: live.length, reason },
      });
      await this.notices.add(
        manager,
        live.map((e) => ({
          employeeId: e.employee_id,
          kind: NotificationKind.TRAINING_CANCELLED,
          subject: locked.title,
          trainingId: locked.id,
          enrollmentId: e.id,
        })),
      );
    });
    return this.trainings.getVisible(training.id, scope);
  }

  /** The learner's own enrollments, newest class first. */
  mine(scope: AccessScope): Promise<Enrollment[]> {
    const employeeId = learnerEmployeeId(scope);
    return this.enrollments
      .createQueryBuilder('e')
      .innerJoin(Training, 't', 't.id = e.training_id')
      .where('e.employee_id = :employeeId', { employeeId })
      .orderBy('t.start_date', 'DESC')
      .addOrderBy('e.created_at', 'DESC')
      .limit(500)
      .getMany();
  }

  /** Enrollments of classes; `status` filters. Callers have already checked the classes' scope. */
  forTrainings(trainingIds: readonly string[], status?: string | null): Promise<Enrollment[]> {
    return this.enrollments.find({
      where: {
        trainingId: In([...trainingIds]),
        ...(status ? { status: status as EnrollmentStatus } : {}),
      },
      order: { queueSeq: 'ASC' },
    });
  }

  /** One employee's enrollments in the given classes, oldest first. */
  ofEmployee(employeeId: string, trainingIds: readonly string[]): Promise<Enrollment[]> {
    return this.enrollments.find({
      where: { employeeId, trainingId: In([...trainingIds]) },
      order: { queueSeq: 'ASC' },
    });
  }

  findByIds(ids: readonly string[]): Promise<Enrollment[]> {
    return this.enrollments.findBy({ id: In([...ids]) });
  }

  /** Waitlist positions (1, 2, …) of the WAITLISTED enrollments of classes, by enrollment id. */
  async waitlistPositions(trainingIds: readonly string[]): Promise<Map<string, number>> {
    const rows: { id: string; position: number }[] = await this.dataSource.query(
      `SELECT id, row_number() OVER (PARTITION BY training_id ORDER BY queue_seq)::int AS position
         FROM enrollments WHERE training_id = ANY($1::uuid[]) AND status = 'WAITLISTED'`,
      [trainingIds],
    );
    return new Map(rows.map((r) => [r.id, r.position]));
  }

  /** How many are waiting and how many await approval, per class. */
  async queueCounts(
    trainingIds: readonly string[],
  ): Promise<Map<string, { waitlisted: number; pending: number }>> {
    const rows: { training_id: string; waitlisted: number; pending: number }[] =
      await this.dataSource.query(
        `SELECT training_id,
                count(*) FILTER (WHERE status = 'WAITLISTED')::int AS waitlisted,
                count(*) FILTER (WHERE status = 'PENDING_APPROVAL')::int AS pending
           FROM enrollments WHERE training_id = ANY($1::uuid[]) AND status IN ('WAITLISTED', 'PENDING_APPROVAL')
          GROUP BY training_id`,
        [trainingIds],
      );
    return new Map(
      rows.map((r) => [r.training_id, { waitlisted: r.waitlisted, pending: r.pending }]),
    );
  }

  /** An enrollment of a class the scope manages; another region's is NOT_FOUND. */
  async manageableEnrollment(
    id: string,
    scope: AccessScope,
  ): Promise<{ enrollment: Enrollment; training: Training }> {
    const enrollment = isUUID(id) ? await this.enrollments.findOneBy({ id }) : null;
    if (!enrollment) throw new NotFoundError('Enrollment', 'id');
    const training = await this.trainings.getVisible(enrollment.trainingId, scope, 'id');
    if (!canManage(scope, training.regionId)) {
      throw new ForbiddenError('Only organizers of the class’s region change its enrollments');
    }
    return { enrollment, training };
  }

  /** Runs a change of one enrollment under its class's row lock, on a fresh read of the row. */
  private async changeLocked(
    action: string,
    trainingId: string,
    enrollmentId: string,
    change: (manager: EntityManager, locked: LockedTraining, current: Enrollment) => Promise<void>,
    /** The organizer's reason or note, kept in the audit trail. */
    note?: string | null,
  ): Promise<Enrollment> {
    await this.dataSource.transaction(async (manager) => {
      const locked = await this.seats.lock(manager, trainingId);
      const current = await manager.findOneByOrFail(Enrollment, { id: enrollmentId });
      await change(manager, locked, current);
      const after = await manager.findOneByOrFail(Enrollment, { id: enrollmentId });
      await this.audit.record(manager, {
        action,
        entityType: 'Enrollment',
        entityId: enrollmentId,
        regionId: locked.regionId,
        summary: {
          trainingId,
          before: current.status,
          after: after.status,
          ...(note?.trim() ? { note: note.trim() } : {}),
        },
      });
    });
    return this.enrollments.findOneByOrFail({ id: enrollmentId });
  }

  private async cancelLocked(
    manager: EntityManager,
    locked: LockedTraining,
    current: Enrollment,
    reason: string | null,
    userId: string | null,
  ): Promise<void> {
    if (
      current.status === EnrollmentStatus.CANCELLED ||
      current.status === EnrollmentStatus.REJECTED
    ) {
      throw new ConflictError('id', `id: the enrollment is already ${current.status}`);
    }
    if (locked.status !== TrainingStatus.SCHEDULED) {
      throw new ConflictError('id', `id: the class is ${locked.status}; its enrollments are final`);
    }
    await manager.update(
      Enrollment,
      { id: current.id },
      {
        status: EnrollmentStatus.CANCELLED,
        cancelledAt: new Date(),
        cancelledBy: userId,
        cancelReason: reason,
      },
    );
    if (SEAT_HOLDING.includes(current.status)) await this.seats.fill(manager, locked.id);
  }

  private async notify(
    manager: EntityManager,
    locked: LockedTraining,
    enrollment: Enrollment,
    kind: NotificationKind,
  ): Promise<void> {
    await this.notices.add(manager, [
      {
        employeeId: enrollment.employeeId,
        kind,
        subject: locked.title,
        trainingId: locked.id,
        enrollmentId: enrollment.id,
      },
    ]);
  }

  private async inOrder(ids: string[]): Promise<Enrollment[]> {
    const rows = await this.findByIds(ids);
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) as Enrollment);
  }

  private assertScheduled(status: TrainingStatus): void {
    if (status !== TrainingStatus.SCHEDULED) {
      throw new ConflictError('trainingId', `trainingId: the class is ${status}`);
    }
  }

  /** A class takes enrollments while scheduled, and while its course is not archived. */
  private assertOpen(locked: LockedTraining): void {
    this.assertScheduled(locked.status);
    if (locked.courseStatus === CourseStatus.ARCHIVED) {
      throw new ConflictError('trainingId', "trainingId: the class's course is archived");
    }
  }

  private assertRegistrationOpen(training: Training, now = new Date()): void {
    if (training.registrationOpensAt && now < training.registrationOpensAt) {
      throw new ConflictError(
        'trainingId',
        `trainingId: registration opens at ${training.registrationOpensAt.toISOString()}`,
      );
    }
    if (now >= training.registrationClosesAt) {
      throw new ConflictError(
        'trainingId',
        `trainingId: registration closed at ${training.registrationClosesAt.toISOString()}`,
      );
    }
  }

  private async hasStarted(trainingId: string): Promise<boolean> {
    const rows: { started: boolean }[] = await this.dataSource.query(
      `SELECT min(starts_at) <= now() AS started FROM training_sessions WHERE training_id = $1`,
      [trainingId],
    );
    return rows[0]?.started ?? false;
  }
}
