import type { AccessScope } from '@lms/server/core';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

import { CourseStatus } from '../common/learning-enums';

/**
 * Limits a query over `courses` (aliased `alias`) to what the scope may see: ADMIN everything;
 * staff their region's courses and shared ones; a learner the PUBLISHED courses of their
 * employee's region and shared ones. The learner's region is looked up in SQL so it is always the
 * employee's current region, never a stale token claim.
 */
export function applyCourseVisibility<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  scope: AccessScope,
  alias = 'c',
): SelectQueryBuilder<T> {
  if (scope.allRegions) return qb;
  if (scope.selfOnly) {
    return qb
      .andWhere(
        `(${alias}.shared OR ${alias}.region_id = (SELECT e.region_id FROM employees e WHERE e.id = :visSelf))`,
        { visSelf: scope.selfEmployeeId },
      )
      .andWhere(`${alias}.status = :visPublished`, { visPublished: CourseStatus.PUBLISHED });
  }
  return qb.andWhere(`(${alias}.shared OR ${alias}.region_id = :visRegion)`, {
    visRegion: scope.regionId,
  });
}
