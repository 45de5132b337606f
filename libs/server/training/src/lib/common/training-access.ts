import { AccessScope, ForbiddenError } from '@lms/server/core';
import { Role } from '@lms/shared/domain';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

import { TrainingStatus } from './training-enums';

/** ADMIN, or an ORGANIZER of the class's region: may change the class and its roster. */
export function canManage(scope: AccessScope, regionId: string): boolean {
  return scope.hasRole(Role.ADMIN, Role.ORGANIZER) && scope.canReachRegion(regionId);
}

/**
 * Limits a query over `trainings` (aliased `alias`) to the classes staff may see: ADMIN every
 * class, an ORGANIZER their region's, an INSTRUCTOR the classes they teach (an account holding both
 * roles sees both). Anyone else sees nothing, so a forgotten role check fails closed.
 */
export function applyStaffVisibility<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  scope: AccessScope,
  alias = 't',
): SelectQueryBuilder<T> {
  if (scope.allRegions) return qb;
  const visible: string[] = [];
  if (scope.hasRole(Role.ORGANIZER)) visible.push(`${alias}.region_id = :visRegion`);
  if (scope.hasRole(Role.INSTRUCTOR)) {
    visible.push(
      `EXISTS (SELECT 1 FROM training_instructors vi WHERE vi.training_id = ${alias}.id AND vi.user_id = :visUser)`,
    );
  }
  if (!visible.length) return qb.andWhere('false');
  return qb.andWhere(`(${visible.join(' OR ')})`, {
    visRegion: scope.regionId,
    visUser: scope.user?.id,
  });
}

/**
 * A learner sees the scheduled classes of their employee's region (looked up in SQL, so it is the
 * current region, not a stale token claim) and every class they hold an enrollment in.
 */
export function applyLearnerVisibility<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  scope: AccessScope,
  alias = 't',
): SelectQueryBuilder<T> {
  return qb.andWhere(
    `((${alias}.status = :visScheduled AND ${alias}.region_id =
        (SELECT ve.region_id FROM employees ve WHERE ve.id = :visSelf))
      OR EXISTS (SELECT 1 FROM enrollments vn WHERE vn.training_id = ${alias}.id AND vn.employee_id = :visSelf))`,
    { visScheduled: TrainingStatus.SCHEDULED, visSelf: scope.selfEmployeeId },
  );
}

/** The employee a LEARNER account is; staff accounts have none. */
export function learnerEmployeeId(scope: AccessScope): string {
  const id = scope.user?.employeeId;
  if (!id) throw new ForbiddenError('This account is not linked to an employee');
  return id;
}
