import { AccessScope, AuditService, ConflictError } from '@lms/server/core';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { ACTIVE_STATUSES, NotificationKind, TrainingStatus } from '../common/training-enums';
import { NotificationService } from '../notifications/notification.service';
import { Training } from '../trainings/training.entity';
import { TrainingService } from '../trainings/training.service';
import { assertScheduled } from './enrollment-rules';
import { SeatAllocator } from './seat-allocator';

/**
 * Changes of a class's seats as a whole: its capacity, or cancelling it with every enrollment in
 * it. Like single enrollment changes, each is one transaction under the class's row lock.
 */
@Injectable()
export class TrainingSeatsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly trainings: TrainingService,
    private readonly seats: SeatAllocator,
    private readonly notices: NotificationService,
    private readonly audit: AuditService,
  ) {}

  /** Raising the capacity moves the waitlist up at once; it never drops below the seats taken. */
  async changeCapacity(
    trainingId: string,
    capacity: number,
    scope: AccessScope,
  ): Promise<Training> {
    const training = await this.trainings.getManageable(trainingId, scope);
    await this.dataSource.transaction(async (manager) => {
      const locked = await this.seats.lock(manager, training.id);
      assertScheduled(locked.status);
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
      assertScheduled(locked.status);
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
}
