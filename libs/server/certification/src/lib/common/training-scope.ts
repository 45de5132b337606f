import { AccessScope, NotFoundError } from '@lms/server/core';
import { Role } from '@lms/shared/domain';
import { isUUID } from 'class-validator';
import type { EntityManager } from 'typeorm';

export interface TrainingRef {
  id: string;
  regionId: string;
  title: string;
}

/**
 * A class an ADMIN, or an ORGANIZER of its region, manages. Other regions' classes answer
 * NOT_FOUND so that their ids do not leak (contract.md, "Who may call what").
 */
export async function managedTraining(
  manager: EntityManager,
  trainingId: string,
  scope: AccessScope,
  field = 'trainingId',
): Promise<TrainingRef> {
  const rows: { id: string; region_id: string; title: string }[] = isUUID(trainingId)
    ? await manager.query(`SELECT id, region_id, title FROM trainings WHERE id = $1`, [trainingId])
    : [];
  const row = rows[0];
  if (!row || !scope.hasRole(Role.ADMIN, Role.ORGANIZER) || !scope.canReachRegion(row.region_id)) {
    throw new NotFoundError('Training', field);
  }
  return { id: row.id, regionId: row.region_id, title: row.title };
}
