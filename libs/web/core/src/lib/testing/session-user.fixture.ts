import type { SessionUserFragment } from '../generated/graphql';

/** A signed-in user for specs; override what the test is about. */
export function sessionUser(overrides: Partial<SessionUserFragment> = {}): SessionUserFragment {
  return {
    id: 'u1',
    username: 'bkpsdm',
    email: null,
    roles: ['HR_ANALYST'],
    regionId: 'r1',
    employeeId: null,
    employee: null,
    region: null,
    ...overrides,
  };
}
