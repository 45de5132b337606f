import { learnerActions } from './learner-status';

describe('learnerActions', () => {
  const upcoming = { status: 'SCHEDULED', registrationOpen: true, startDate: '2026-12-10' };
  const today = '2026-12-01';

  it('offers registration while it is open and the learner has no place', () => {
    expect(learnerActions(upcoming, null, today)).toEqual({
      register: true,
      withdraw: false,
      checkIn: false,
    });
    expect(learnerActions({ ...upcoming, registrationOpen: false }, null, today).register).toBe(
      false,
    );
    // A cancelled or rejected enrollment does not stop a new registration.
    expect(learnerActions(upcoming, { status: 'CANCELLED' }, today).register).toBe(true);
    expect(learnerActions(upcoming, { status: 'REJECTED' }, today).register).toBe(true);
  });

  it('lets a waitlisted, pending or confirmed learner leave before the class starts', () => {
    for (const status of ['WAITLISTED', 'PENDING_APPROVAL', 'CONFIRMED']) {
      expect(learnerActions(upcoming, { status }, today)).toMatchObject({
        register: false,
        withdraw: true,
      });
    }
    expect(learnerActions(upcoming, { status: 'CONFIRMED' }, '2026-12-10').withdraw).toBe(false);
  });

  it('offers check-in to confirmed participants from the first day on', () => {
    expect(learnerActions(upcoming, { status: 'CONFIRMED' }, '2026-12-10').checkIn).toBe(true);
    expect(learnerActions(upcoming, { status: 'WAITLISTED' }, '2026-12-10').checkIn).toBe(false);
    expect(
      learnerActions({ ...upcoming, status: 'COMPLETED' }, { status: 'COMPLETED' }, '2026-12-11'),
    ).toEqual({ register: false, withdraw: false, checkIn: false });
  });
});
