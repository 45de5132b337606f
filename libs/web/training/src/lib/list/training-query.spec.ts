import { localToday, trainingQuery } from './training-query';

describe('trainingQuery', () => {
  const base = {
    view: 'list' as const,
    period: 'upcoming' as const,
    month: { year: 2026, month: 12 },
    search: '',
    status: null,
    today: '2026-12-10',
  };

  it('lists upcoming classes from today, past ones up to yesterday, or all', () => {
    expect(trainingQuery(base)).toEqual({
      first: 20,
      from: '2026-12-10',
      to: null,
      search: null,
      status: null,
    });
    expect(trainingQuery({ ...base, period: 'past' })).toMatchObject({
      from: null,
      to: '2026-12-09',
    });
    expect(trainingQuery({ ...base, period: 'all' })).toMatchObject({ from: null, to: null });
  });

  it('asks the calendar for every class with a day in the visible weeks, whatever the period', () => {
    expect(
      trainingQuery({ ...base, view: 'calendar', period: 'past', search: '  arsip ' }),
    ).toEqual({ first: 100, from: '2026-11-30', to: '2027-01-03', search: 'arsip', status: null });
  });

  it("reads today from the device's own calendar", () => {
    expect(localToday(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});
