import { Role } from '@lms/shared/domain';

/**
 * Who may open which part of the app. The navigation and the route guards read the same lists,
 * so a link is shown exactly when its page lets the person in. The API checks again.
 */
export const STAFF_ROLES: readonly Role[] = [
  Role.ADMIN,
  Role.ORGANIZER,
  Role.INSTRUCTOR,
  Role.HR_ANALYST,
];
export const PEOPLE_ROLES: readonly Role[] = [Role.ADMIN, Role.HR_ANALYST, Role.ORGANIZER];
export const IMPORT_ROLES: readonly Role[] = [Role.ADMIN, Role.HR_ANALYST];
export const ORGANIZATION_ROLES: readonly Role[] = [Role.ADMIN];
export const NIP_CHECK_ROLES: readonly Role[] = [Role.ADMIN, Role.HR_ANALYST, Role.ORGANIZER];
/** Self-paced learning (catalog, tests, JP): the learner's own account, linked to an employee. */
export const LEARNER_ROLES: readonly Role[] = [Role.LEARNER];
export const COURSE_EDITOR_ROLES: readonly Role[] = [Role.ADMIN, Role.ORGANIZER];
/** Bimtek classes: organizers run them; instructors keep the attendance of those they teach. */
export const TRAINING_STAFF_ROLES: readonly Role[] = [Role.ADMIN, Role.ORGANIZER, Role.INSTRUCTOR];
/** Literacy and 20-JP indicators, employees below 20 JP and their JP ledgers. */
export const INDICATOR_ROLES: readonly Role[] = [Role.ADMIN, Role.HR_ANALYST];
export const AUDIT_ROLES: readonly Role[] = [Role.ADMIN];
/** bull-board at /admin/queues: the API lets only ADMIN in. */
export const QUEUE_DASHBOARD_ROLES: readonly Role[] = [Role.ADMIN];
