import { AuditService, ConflictError } from '@lms/server/core';
import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, Repository } from 'typeorm';

import {
  EnrollmentStatus,
  NotificationKind,
  SEAT_HOLDING,
  TrainingStatus,
} from '../common/training-enums';
import { NotificationService } from '../notifications/notification.service';
import { Enrollment } from './enrollment.entity';
import { LockedTraining, SeatAllocator } from './seat-allocator';

/**
 * The frame every change of one existing enrollment shares (approve, reject, cancel, withdraw,
 * promote): its class's row lock, a fresh read of the row, the audit entry and the notice.
 */
@Injectable()
export class LockedEnrollmentChange {
  constructor(
    @InjectRepository(Enrollment) private readonly enrollments: Repository<Enrollment>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly seats: SeatAllocator,
    private readonly notices: NotificationService,
    private readonly audit: AuditService,
  ) {}

  /** Runs a change of one enrollment under its class's row lock, on a fresh read of the row. */
  async run(
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

  async cancel(
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

  async notify(
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
}
