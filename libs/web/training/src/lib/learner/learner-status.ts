import type { MyEnrollmentFragment } from '@lms/web/core';

/** Statuses in which the learner holds (or awaits) a place and may still leave before the start. */
const LIVE = ['PENDING_APPROVAL', 'CONFIRMED', 'WAITLISTED'];
/** Statuses that keep a learner from registering again (one place per class). */
const HELD = [...LIVE, 'COMPLETED', 'NOT_COMPLETED'];

export interface LearnerActions {
  /** Register: no live enrollment and registration is open. */
  register: boolean;
  withdraw: boolean;
  checkIn: boolean;
}

/**
 * What the learner may do on a class's page. The API decides in the end; this only avoids
 * offering a button whose answer is known to be "no".
 */
export function learnerActions(
  training: { status: string; registrationOpen: boolean; startDate: string },
  enrollment: Pick<MyEnrollmentFragment, 'status'> | null,
  today: string,
): LearnerActions {
  const held = !!enrollment && HELD.includes(enrollment.status);
  const scheduled = training.status === 'SCHEDULED';
  return {
    register: scheduled && training.registrationOpen && !held,
    withdraw:
      scheduled && !!enrollment && LIVE.includes(enrollment.status) && today < training.startDate,
    checkIn: scheduled && enrollment?.status === 'CONFIRMED' && today >= training.startDate,
  };
}
