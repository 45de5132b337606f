import { ConnectionShape, decodeCursor, toConnection } from '@lms/server/core';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';

import { NotificationKind } from '../common/training-enums';
import { Notification } from './notification.entity';

export interface Notice {
  employeeId: string;
  kind: NotificationKind;
  /** The class title, kept as it was when the notice was written. */
  subject: string;
  trainingId: string;
  enrollmentId: string;
}

/** Notices to learners; written in the transaction of the change they report. */
@Injectable()
export class NotificationService {
  constructor(
    @InjectRepository(Notification) private readonly notifications: Repository<Notification>,
  ) {}

  async add(manager: EntityManager, notices: Notice[]): Promise<void> {
    if (!notices.length) return;
    await manager.query(
      `INSERT INTO notifications (employee_id, kind, subject, training_id, enrollment_id)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::uuid[], $5::uuid[])`,
      [
        notices.map((n) => n.employeeId),
        notices.map((n) => n.kind),
        notices.map((n) => n.subject),
        notices.map((n) => n.trainingId),
        notices.map((n) => n.enrollmentId),
      ],
    );
  }

  /** Newest first. */
  async list(
    employeeId: string,
    args: { first: number; after?: string | null; unreadOnly?: boolean | null },
  ): Promise<ConnectionShape<Notification>> {
    const qb = this.notifications
      .createQueryBuilder('n')
      .where('n.employee_id = :employeeId', { employeeId });
    if (args.unreadOnly) qb.andWhere('n.read_at IS NULL');
    const totalCount = await qb.clone().getCount();
    if (args.after) {
      const [createdAt, id] = decodeCursor(args.after, 2);
      qb.andWhere('(n.created_at, n.id) < (:createdAt, :id)', { createdAt, id });
    }
    const rows = await qb
      .orderBy('n.created_at', 'DESC')
      .addOrderBy('n.id', 'DESC')
      .take(args.first + 1)
      .getMany();
    return toConnection(rows, args.first, totalCount, (n) => [n.createdAt.toISOString(), n.id]);
  }

  unreadCount(employeeId: string): Promise<number> {
    return this.notifications
      .createQueryBuilder('n')
      .where('n.employee_id = :employeeId AND n.read_at IS NULL', { employeeId })
      .getCount();
  }

  /** Marks the given notices (all of them when `ids` is null) read; returns how many changed. */
  async markRead(employeeId: string, ids: string[] | null): Promise<number> {
    const qb = this.notifications
      .createQueryBuilder()
      .update()
      .set({ readAt: () => 'now()' })
      .where('employee_id = :employeeId AND read_at IS NULL', { employeeId });
    if (ids) qb.andWhere('id IN (:...ids)', { ids: ids.length ? ids : [null] });
    const result = await qb.execute();
    return result.affected ?? 0;
  }
}
