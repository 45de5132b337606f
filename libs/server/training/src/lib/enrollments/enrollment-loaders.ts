import type { AccessScope, GraphqlContext } from '@lms/server/core';

import type { Enrollment } from './enrollment.entity';
import type { EnrollmentQueries } from './enrollment-queries.service';

/** Groups rows by a key, in the order DataLoader asked for the keys. */
export function groupBy<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): V[][] {
  const groups = new Map<K, V[]>(keys.map((k) => [k, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((k) => groups.get(k) ?? []);
}

/** The calling learner's enrollments in a class (every status, oldest first), batched per request. */
export function myEnrollmentsIn(
  trainingId: string,
  scope: AccessScope,
  ctx: GraphqlContext,
  enrollments: EnrollmentQueries,
): Promise<Enrollment[]> {
  return ctx.loaders
    .get<string, Enrollment[]>('training.myEnrollments', async (ids) =>
      groupBy(ids, await enrollments.ofEmployee(scope.selfEmployeeId, ids), (e) => e.trainingId),
    )
    .load(trainingId);
}
