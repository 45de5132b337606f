import { registerEnumType } from '@nestjs/graphql';

/** How a class meets: FACE_TO_FACE at a venue, ONLINE through a meeting link, or BLENDED. */
export const TrainingMode = Object.freeze({
  FACE_TO_FACE: 'FACE_TO_FACE',
  ONLINE: 'ONLINE',
  BLENDED: 'BLENDED',
} as const);
export type TrainingMode = (typeof TrainingMode)[keyof typeof TrainingMode];
registerEnumType(TrainingMode, { name: 'TrainingMode' });

export const TrainingStatus = Object.freeze({
  SCHEDULED: 'SCHEDULED',
  COMPLETED: 'COMPLETED',
  CANCELLED: 'CANCELLED',
} as const);
export type TrainingStatus = (typeof TrainingStatus)[keyof typeof TrainingStatus];
registerEnumType(TrainingStatus, { name: 'TrainingStatus' });

/**
 * The contract exposes `Enrollment.status` as a String; these are its values. PENDING_APPROVAL and
 * REJECTED exist only for classes that require the organizer's approval of self-registrations.
 */
export const EnrollmentStatus = Object.freeze({
  PENDING_APPROVAL: 'PENDING_APPROVAL',
  CONFIRMED: 'CONFIRMED',
  WAITLISTED: 'WAITLISTED',
  COMPLETED: 'COMPLETED',
  NOT_COMPLETED: 'NOT_COMPLETED',
  CANCELLED: 'CANCELLED',
  REJECTED: 'REJECTED',
} as const);
export type EnrollmentStatus = (typeof EnrollmentStatus)[keyof typeof EnrollmentStatus];

/** Statuses that occupy one of the class's seats (the trigger in the migration counts the same). */
export const SEAT_HOLDING: readonly EnrollmentStatus[] = [
  EnrollmentStatus.CONFIRMED,
  EnrollmentStatus.COMPLETED,
  EnrollmentStatus.NOT_COMPLETED,
];

/** Statuses of a live enrollment: at most one per employee and class (a unique index holds it). */
export const ACTIVE_STATUSES: readonly EnrollmentStatus[] = [
  EnrollmentStatus.PENDING_APPROVAL,
  EnrollmentStatus.CONFIRMED,
  EnrollmentStatus.WAITLISTED,
  EnrollmentStatus.COMPLETED,
  EnrollmentStatus.NOT_COMPLETED,
];

export const EnrollmentSource = Object.freeze({
  ORGANIZER: 'ORGANIZER',
  SELF: 'SELF',
} as const);
export type EnrollmentSource = (typeof EnrollmentSource)[keyof typeof EnrollmentSource];
registerEnumType(EnrollmentSource, { name: 'EnrollmentSource' });

export const AttendanceMethod = Object.freeze({
  ROSTER: 'ROSTER',
  CHECK_IN: 'CHECK_IN',
} as const);
export type AttendanceMethod = (typeof AttendanceMethod)[keyof typeof AttendanceMethod];
registerEnumType(AttendanceMethod, { name: 'AttendanceMethod' });

/** What a notice to a learner is about; the text is rendered per language when it is read. */
export const NotificationKind = Object.freeze({
  ENROLLMENT_CONFIRMED: 'ENROLLMENT_CONFIRMED',
  ENROLLMENT_WAITLISTED: 'ENROLLMENT_WAITLISTED',
  ENROLLMENT_PROMOTED: 'ENROLLMENT_PROMOTED',
  REGISTRATION_PENDING: 'REGISTRATION_PENDING',
  REGISTRATION_REJECTED: 'REGISTRATION_REJECTED',
  ENROLLMENT_CANCELLED: 'ENROLLMENT_CANCELLED',
  TRAINING_CANCELLED: 'TRAINING_CANCELLED',
  TRAINING_COMPLETED: 'TRAINING_COMPLETED',
  TRAINING_NOT_COMPLETED: 'TRAINING_NOT_COMPLETED',
} as const);
export type NotificationKind = (typeof NotificationKind)[keyof typeof NotificationKind];
registerEnumType(NotificationKind, { name: 'NotificationKind' });
