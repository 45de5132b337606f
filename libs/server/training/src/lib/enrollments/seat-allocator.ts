import { NotFoundError } from '@lms/server/core';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

import {
  EnrollmentSource,
  EnrollmentStatus,
  NotificationKind,
  TrainingStatus,
} from '../common/training-enums';
import { NotificationService } from '../notifications/notification.service';

/** A class as read under its row lock, with live seat counters the allocation updates as it goes. */
export interface LockedTraining {
  id: string;
  title: string;
  regionId: string;
  status: TrainingStatus;
  /** The course's status (DRAFT, PUBLISHED, ARCHIVED), read in the same statement. */
  courseStatus: string;
  capacity: number;
  confirmedCount: number;
  /** Agency id → seats of its quota and how many of them are taken. */
  quotas: Map<string, { seats: number; taken: number }>;
  /** Employee id → id of their live enrollment, for the employees `lock` was asked about. */
  existing: Map<string, string>;
}

export interface SeatRequest {
  employeeId: string;
  /** The quota the employee counts against (see QuotaMatcher), or null. */
  quotaAgencyId: string | null;
}

export interface PlaceOptions {
  source: EnrollmentSource;
  requestedBy: string | null;
  /** Self-registrations of a class that requires approval wait instead of taking a seat. */
  pending: boolean;
}

/** What lock_training answers (JSON). */
interface LockedRow extends Omit<LockedTraining, 'quotas' | 'existing'> {
  quotas: { agencyId: string; seats: number; taken: number }[];
  existing: { employeeId: string; id: string }[];
}

const NOTICE_OF: Partial<Record<EnrollmentStatus, NotificationKind>> = {
  CONFIRMED: NotificationKind.ENROLLMENT_CONFIRMED,
  WAITLISTED: NotificationKind.ENROLLMENT_WAITLISTED,
  PENDING_APPROVAL: NotificationKind.REGISTRATION_PENDING,
};

/**
 * Hands out a class's seats. Every change of an enrollment's status happens while the caller holds
 * the class's row lock (`lock`), so decisions made here see every earlier one, and the queue numbers
 * drawn under the lock record the order in which the database serialised them. The trigger and
 * CHECK constraints of the migration refuse an overbooking even if a caller forgot the lock.
 */
@Injectable()
export class SeatAllocator {
  constructor(private readonly notices: NotificationService) {}

  /**
   * `SELECT … FOR UPDATE` on the class: waits for every other seat change of it to commit. With
   * `employeeIds`, also answers their live enrollments in the class (`existing`), in the same read.
   */
  async lock(
    manager: EntityManager,
    trainingId: string,
    field = 'trainingId',
    employeeIds: string[] = [],
  ): Promise<LockedTraining> {
    // lock_training (migration 1764500100000): the row lock and a fresh read, in one round trip.
    const rows: { locked: LockedRow | null }[] = await manager.query(
      `SELECT lock_training($1, $2::uuid[]) AS locked`,
      [trainingId, employeeIds],
    );
    const row = rows[0]?.locked;
    if (!row) throw new NotFoundError('Training', field);
    return {
      ...row,
      quotas: new Map(row.quotas.map((q) => [q.agencyId, { seats: q.seats, taken: q.taken }])),
      existing: new Map(row.existing.map((e) => [e.employeeId, e.id])),
    };
  }

  /** True when a seat is free for someone counting against `quotaAgencyId`. */
  hasSeatFor(t: LockedTraining, quotaAgencyId: string | null): boolean {
    if (t.confirmedCount >= t.capacity) return false;
    const quota = quotaAgencyId ? t.quotas.get(quotaAgencyId) : undefined;
    return !quota || quota.taken < quota.seats;
  }

  /** Takes a seat if one is free (updating the counters), else answers WAITLISTED. */
  claim(t: LockedTraining, quotaAgencyId: string | null): EnrollmentStatus {
    if (!this.hasSeatFor(t, quotaAgencyId)) return EnrollmentStatus.WAITLISTED;
    t.confirmedCount += 1;
    const quota = quotaAgencyId ? t.quotas.get(quotaAgencyId) : undefined;
    if (quota) quota.taken += 1;
    return EnrollmentStatus.CONFIRMED;
  }

  /**
   * Inserts new enrollments in request order: each gets a seat while one is free, then a place on
   * the waitlist. One statement writes the rows and their notices; returns the ids in order.
   */
  async place(
    manager: EntityManager,
    t: LockedTraining,
    requests: SeatRequest[],
    options: PlaceOptions,
  ): Promise<string[]> {
    if (!requests.length) return [];
    const statuses = requests.map((r) =>
      options.pending ? EnrollmentStatus.PENDING_APPROVAL : this.claim(t, r.quotaAgencyId),
    );
    // nextval runs in ordinality order, so queue numbers follow the request order.
    const rows: { id: string }[] = await manager.query(
      `WITH input AS (
         SELECT x.employee_id, x.status, x.quota_agency_id, x.kind, x.ord,
                nextval('enrollment_queue_seq') AS queue_seq
           FROM unnest($2::uuid[], $3::text[], $4::uuid[], $5::text[])
                WITH ORDINALITY AS x(employee_id, status, quota_agency_id, kind, ord)
          ORDER BY x.ord
       ), inserted AS (
         INSERT INTO enrollments
           (training_id, employee_id, status, queue_seq, quota_agency_id, source, requested_by,
            confirmed_at)
         SELECT $1, i.employee_id, i.status, i.queue_seq, i.quota_agency_id, $6, $7,
                CASE WHEN i.status = 'CONFIRMED' THEN now() END
           FROM input i ORDER BY i.ord
         RETURNING id, employee_id, queue_seq
       ), notices AS (
         INSERT INTO notifications (employee_id, kind, subject, training_id, enrollment_id)
         SELECT n.employee_id, i.kind, $8, $1, n.id FROM inserted n JOIN input i USING (employee_id)
       )
       SELECT id FROM inserted ORDER BY queue_seq`,
      [
        t.id,
        requests.map((r) => r.employeeId),
        statuses,
        requests.map((r) => r.quotaAgencyId),
        statuses.map((s) => NOTICE_OF[s]),
        options.source,
        options.requestedBy,
        t.title,
      ],
    );
    return rows.map((r) => r.id);
  }

  /**
   * Gives every free seat to the first waitlisted enrollments (in queue order) whose agency quota
   * has room, in the caller's transaction. Called after anything that frees or adds seats.
   */
  async fill(manager: EntityManager, trainingId: string): Promise<string[]> {
    const t = await this.lock(manager, trainingId);
    if (t.status !== TrainingStatus.SCHEDULED || t.confirmedCount >= t.capacity) return [];
    const free = t.capacity - t.confirmedCount;
    // Without quotas the first `free` are the ones; with quotas some may be skipped.
    const waiting: { id: string; employee_id: string; quota_agency_id: string | null }[] =
      await manager.query(
        `SELECT id, employee_id, quota_agency_id FROM enrollments
          WHERE training_id = $1 AND status = 'WAITLISTED'
          ORDER BY queue_seq ${t.quotas.size ? '' : 'LIMIT $2'}`,
        t.quotas.size ? [trainingId] : [trainingId, free],
      );
    const promoted = waiting.filter(
      (w) => this.claim(t, w.quota_agency_id) === EnrollmentStatus.CONFIRMED,
    );
    if (!promoted.length) return [];
    const ids = promoted.map((p) => p.id);
    await manager.query(
      `UPDATE enrollments SET status = 'CONFIRMED', confirmed_at = now(), promoted_at = now(),
              updated_at = now()
        WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    await this.notices.add(
      manager,
      promoted.map((p) => ({
        employeeId: p.employee_id,
        kind: NotificationKind.ENROLLMENT_PROMOTED,
        subject: t.title,
        trainingId,
        enrollmentId: p.id,
      })),
    );
    return ids;
  }
}
