import { Role } from '@lms/shared/domain';

import { AccessScope } from './access-scope';
import type { AuthUser } from './auth-user';

const user = (
  roles: Role[],
  regionId: string | null = null,
  employeeId: string | null = null,
): AuthUser => ({
  id: 'u1',
  username: 'u',
  roles,
  regionId,
  employeeId,
});

describe('AccessScope', () => {
  it('lets an ADMIN reach every region', () => {
    const scope = AccessScope.of(user([Role.ADMIN]));
    expect(scope.regionId).toBeNull();
    expect(scope.canReachRegion('any')).toBe(true);
    expect(scope.selfOnly).toBe(false);
  });

  it('limits staff to their own region', () => {
    const scope = AccessScope.of(user([Role.HR_ANALYST], 'r1'));
    expect(scope.regionId).toBe('r1');
    expect(scope.canReachRegion('r1')).toBe(true);
    expect(scope.canReachRegion('r2')).toBe(false);
    expect(() => scope.assertRegion('r2', 'Region')).toThrow('Region not found');
  });

  it('fails closed for a staff account without a region', () => {
    const scope = AccessScope.of(user([Role.ORGANIZER]));
    expect(scope.regionId).toMatch(/^0{8}-/);
    expect(scope.canReachRegion('r1')).toBe(false);
  });

  it('limits a learner to themself', () => {
    const scope = AccessScope.of(user([Role.LEARNER], null, 'e1'));
    expect(scope.selfOnly).toBe(true);
    expect(scope.selfEmployeeId).toBe('e1');
    expect(scope.canReachRegion('r1')).toBe(false);
  });

  it('checks roles', () => {
    const scope = AccessScope.of(user([Role.ORGANIZER], 'r1'));
    expect(scope.hasRole(Role.ORGANIZER, Role.ADMIN)).toBe(true);
    expect(() => scope.assertRole(Role.ADMIN)).toThrow();
  });
});
