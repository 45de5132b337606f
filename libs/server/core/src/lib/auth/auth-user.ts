import type { Role } from '@lms/shared/domain';

/** What a verified access token says about its bearer. */
export interface AuthUser {
  id: string;
  username: string;
  roles: Role[];
  /** The region an ORGANIZER, INSTRUCTOR or HR_ANALYST is scoped to; null for ADMIN. */
  regionId: string | null;
  /** The employee a LEARNER is. */
  employeeId: string | null;
}
