import { ConflictError } from '@lms/server/core';
import { CourseStatus } from '@lms/server/learning';

import { TrainingStatus } from '../common/training-enums';
import type { Training } from '../trainings/training.entity';
import type { LockedTraining } from './seat-allocator';

export function assertScheduled(status: TrainingStatus): void {
  if (status !== TrainingStatus.SCHEDULED) {
    throw new ConflictError('trainingId', `trainingId: the class is ${status}`);
  }
}

/** A class takes enrollments while scheduled, and while its course is not archived. */
export function assertOpen(locked: LockedTraining): void {
  assertScheduled(locked.status);
  if (locked.courseStatus === CourseStatus.ARCHIVED) {
    throw new ConflictError('trainingId', "trainingId: the class's course is archived");
  }
}

export function assertRegistrationOpen(training: Training, now = new Date()): void {
  if (training.registrationOpensAt && now < training.registrationOpensAt) {
    throw new ConflictError(
      'trainingId',
      `trainingId: registration opens at ${training.registrationOpensAt.toISOString()}`,
    );
  }
  if (now >= training.registrationClosesAt) {
    throw new ConflictError(
      'trainingId',
      `trainingId: registration closed at ${training.registrationClosesAt.toISOString()}`,
    );
  }
}
