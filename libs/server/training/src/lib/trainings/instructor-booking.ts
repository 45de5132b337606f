import { ConflictError, InvalidInputError } from '@lms/server/core';
import { UserService } from '@lms/server/identity';
import { Role } from '@lms/shared/domain';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

import type { Training } from './training.entity';
import { TrainingInstructor } from './training-instructor.entity';

interface Clash {
  user_id: string;
  title: string;
  start_date: string;
  end_date: string;
}

/**
 * Assigns instructors to a class, refusing one already teaching another (not cancelled) class on an
 * overlapping day. Two organizers booking the same instructor at the same moment cannot both pass:
 * each takes a transaction-scoped advisory lock per instructor (in id order, so they never deadlock)
 * before looking for clashes, and the lock lives in PostgreSQL, shared by every API process.
 */
@Injectable()
export class InstructorBooking {
  constructor(private readonly users: UserService) {}

  /** Every id must be an active INSTRUCTOR account of the class's region. */
  async assertInstructors(ids: string[], regionId: string): Promise<Map<string, string>> {
    if (!ids.length) return new Map();
    const users = await this.users.findByIds(ids);
    const ok = users.filter(
      (u) => u.active && u.roles.includes(Role.INSTRUCTOR) && u.regionId === regionId,
    );
    if (ok.length !== ids.length) {
      throw new InvalidInputError(
        'instructorIds',
        "instructorIds: each must be an active INSTRUCTOR account of the class's region",
      );
    }
    return new Map(ok.map((u) => [u.id, u.username]));
  }

  /** `instructors`: what assertInstructors answered (id → username). */
  async book(
    manager: EntityManager,
    training: Training,
    instructors: Map<string, string>,
  ): Promise<void> {
    if (!instructors.size) return;
    const sorted = [...instructors.keys()].sort();
    for (const id of sorted) {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [
        `training-instructor:${id}`,
      ]);
    }
    const clashes: Clash[] = await manager.query(
      `SELECT ti.user_id, t.title, t.start_date::text, t.end_date::text
         FROM training_instructors ti JOIN trainings t ON t.id = ti.training_id
        WHERE ti.user_id = ANY($1::uuid[]) AND t.id <> $2 AND t.status <> 'CANCELLED'
          AND t.start_date <= $4 AND t.end_date >= $3
        ORDER BY t.start_date
        LIMIT 1`,
      [sorted, training.id, training.startDate, training.endDate],
    );
    const clash = clashes[0];
    if (clash) {
      const who = instructors.get(clash.user_id) ?? 'an instructor';
      throw new ConflictError(
        'instructorIds',
        `instructorIds: ${who} already teaches "${clash.title}" from ${clash.start_date} to ${clash.end_date}`,
      );
    }
    await manager.insert(
      TrainingInstructor,
      sorted.map((userId) => ({ trainingId: training.id, userId })),
    );
  }
}
