import { Role } from '@lms/shared/domain';

import { ForbiddenError, NotFoundError } from '../errors/domain-error';
import type { AuthUser } from './auth-user';

const NO_REGION = '00000000-0000-0000-0000-000000000000';
const STAFF_ROLES = [Role.ORGANIZER, Role.INSTRUCTOR, Role.HR_ANALYST];

/**
 * The data an account may reach. Services take a scope and apply it to every query they run, so a
 * resolver cannot forget it: an ADMIN reaches everything, staff reach their region, a learner only
 * themself.
 */
export class AccessScope {
  private constructor(
    readonly user: AuthUser | null,
    readonly allRegions: boolean,
  ) {}

  static of(user: AuthUser): AccessScope {
    return new AccessScope(user, user.roles.includes(Role.ADMIN));
  }

  /** For trusted internal work (seeding, workers, migrations): every region. */
  static system(): AccessScope {
    return new AccessScope(null, true);
  }

  hasRole(...roles: Role[]): boolean {
    if (!this.user) return true;
    return roles.some((r) => this.user?.roles.includes(r));
  }

  /**
   * The one region this scope is limited to, or null when it reaches every region. An account with
   * neither ADMIN nor a region gets an id that matches nothing, so a forgotten check fails closed.
   */
  get regionId(): string | null {
    return this.allRegions ? null : (this.user?.regionId ?? NO_REGION);
  }

  /** A learner (no staff role) reaches only their own employee record. */
  get selfOnly(): boolean {
    return !this.allRegions && !this.hasRole(...STAFF_ROLES);
  }

  /** The employee a self-only scope is limited to; an id matching nothing when there is none. */
  get selfEmployeeId(): string {
    return this.user?.employeeId ?? NO_REGION;
  }

  canReachRegion(regionId: string): boolean {
    return this.allRegions || (this.user?.regionId != null && this.user.regionId === regionId);
  }

  /**
   * Refuses data of another region. Answers NOT_FOUND so that ids of other regions' records do not
   * leak, as contract.md allows.
   */
  assertRegion(regionId: string, what: string): void {
    if (!this.canReachRegion(regionId)) throw new NotFoundError(what);
  }

  assertRole(...roles: Role[]): void {
    if (!this.hasRole(...roles)) throw new ForbiddenError();
  }
}
