import {
  AccessScope,
  AuditService,
  ConflictError,
  ForbiddenError,
  NotFoundError,
} from '@lms/server/core';
import { Employee } from '@lms/server/organization';
import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, Repository } from 'typeorm';

import { learnerEmployeeId } from '../common/training-access';
import {
  ACTIVE_STATUSES,
  EnrollmentSource,
  EnrollmentStatus,
  NotificationKind,
  TrainingStatus,
} from '../common/training-enums';
import { Training } from '../trainings/training.entity';
import { TrainingService } from '../trainings/training.service';
import { Enrollment } from './enrollment.entity';
import { EnrollmentQueries } from './enrollment-queries.service';
import { assertOpen, assertRegistrationOpen, assertScheduled } from './enrollment-rules';
import { LockedEnrollmentChange } from './locked-enrollment-change';
import { NomineeResolver } from './nominee-resolver';
import { SeatAllocator } from './seat-allocator';

/**
 * Who sits in a class: organizers' nominations, learners' own registrations, approval and
 * cancelling (which moves the waitlist up). Each change is one transaction that first locks the
 * class row (SeatAllocator.lock), so seat decisions never race. Reads are in EnrollmentQueries;
 * capacity changes and cancelling a whole class in TrainingSeatsService.
 */
@Injectable()
export class EnrollmentService {
  constructor(
    @InjectRepository(Enrollment) private readonly enrollments: Repository<Enrollment>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly trainings: TrainingService,
    private readonly queries: EnrollmentQueries,
    private readonly nominees: NomineeResolver,
    private readonly seats: SeatAllocator,
    private readonly lockedChange: LockedEnrollmentChange,
    private readonly audit: AuditService,
  ) {}

  /**
   * Organizers enroll employees by NIP until the class is completed, even after its days have
   * passed. All or nothing: one bad NIP refuses the whole list. An employee who already holds a live
   * enrollment in the class keeps it unchanged (so a script may safely send the same list twice).
   */
  async enrollByNip(trainingId: string, nips: string[], scope: AccessScope): Promise<Enrollment[]> {
    const training = await this.trainings.getManageable(trainingId, scope);
    assertScheduled(training.status);
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
      assertOpen(locked);
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
    assertScheduled(training.status);
    assertRegistrationOpen(training);
    const employee = await this.dataSource.getRepository(Employee).findOneBy({ id: employeeId });
    if (!employee?.active || employee.regionId !== training.regionId) {
      throw new ForbiddenError("Only active employees of the class's region may register");
    }
    const id = await this.dataSource.transaction(async (manager) => {
      const locked = await this.seats.lock(manager, training.id, 'trainingId', [employeeId]);
      assertOpen(locked);
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
    const { enrollment } = await this.queries.manageableEnrollment(id, scope);
    return this.lockedChange.run(
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
        await this.lockedChange.notify(
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
    const { enrollment } = await this.queries.manageableEnrollment(id, scope);
    return this.lockedChange.run(
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
        await this.lockedChange.notify(
          manager,
          locked,
          current,
          NotificationKind.REGISTRATION_REJECTED,
        );
      },
      reason,
    );
  }

  /** Frees the enrollment's seat (if it held one); the first waitlisted moves up in the same transaction. */
  async cancel(id: string, reason: string | null, scope: AccessScope): Promise<Enrollment> {
    const { enrollment } = await this.queries.manageableEnrollment(id, scope);
    return this.lockedChange.run(
      'cancelEnrollment',
      enrollment.trainingId,
      id,
      async (manager, locked, current) => {
        await this.lockedChange.cancel(manager, locked, current, reason, scope.user?.id ?? null);
        await this.lockedChange.notify(
          manager,
          locked,
          current,
          NotificationKind.ENROLLMENT_CANCELLED,
        );
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
    return this.lockedChange.run(
      'withdrawFromTraining',
      training.id,
      enrollment.id,
      async (manager, locked, current) => {
        await this.lockedChange.cancel(
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
    const { enrollment } = await this.queries.manageableEnrollment(id, scope);
    return this.lockedChange.run(
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
        await this.lockedChange.notify(
          manager,
          locked,
          current,
          NotificationKind.ENROLLMENT_PROMOTED,
        );
      },
      note,
    );
  }

  private async inOrder(ids: string[]): Promise<Enrollment[]> {
    const rows = await this.queries.findByIds(ids);
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) as Enrollment);
  }

  private async hasStarted(trainingId: string): Promise<boolean> {
    const rows: { started: boolean }[] = await this.dataSource.query(
      `SELECT min(starts_at) <= now() AS started FROM training_sessions WHERE training_id = $1`,
      [trainingId],
    );
    return rows[0]?.started ?? false;
  }
}
