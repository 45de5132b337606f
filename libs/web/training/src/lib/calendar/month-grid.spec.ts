import { monthGrid, monthRange, shiftMonth, yearMonthOf } from './month-grid';

describe('month grid', () => {
  it('covers whole Monday-to-Sunday weeks around the month', () => {
    // December 2026 starts on a Tuesday and ends on a Thursday.
    expect(monthRange({ year: 2026, month: 12 })).toEqual({ from: '2026-11-30', to: '2027-01-03' });
    // February 2027 starts on a Monday and ends on a Sunday: exactly four weeks.
    expect(monthRange({ year: 2027, month: 2 })).toEqual({ from: '2027-02-01', to: '2027-02-28' });
    expect(monthGrid({ year: 2027, month: 2 }, [], '2027-02-10')).toHaveLength(4);
  });

  it('places a class on every day it spans, marks days outside the month and today', () => {
    const weeks = monthGrid(
      { year: 2026, month: 12 },
      [
        {
          id: 'a',
          title: 'Arsip',
          startDate: '2026-11-29',
          endDate: '2026-12-02',
          status: 'SCHEDULED',
        },
        {
          id: 'b',
          title: 'SPBE',
          startDate: '2026-12-02',
          endDate: '2026-12-02',
          status: 'SCHEDULED',
        },
      ],
      '2026-12-02',
    );
    expect(weeks).toHaveLength(5);
    const days = weeks.flat();
    const byDate = new Map(days.map((d) => [d.date, d]));
    expect(byDate.get('2026-11-30')).toMatchObject({ inMonth: false, dayOfMonth: 30 });
    expect(byDate.get('2026-11-30')?.entries.map((e) => e.id)).toEqual(['a']);
    expect(byDate.get('2026-12-02')?.entries.map((e) => e.id)).toEqual(['a', 'b']);
    expect(byDate.get('2026-12-02')?.today).toBe(true);
    expect(byDate.get('2026-12-03')?.entries).toEqual([]);
    expect(days.filter((d) => d.today)).toHaveLength(1);
  });

  it('moves between months across years', () => {
    expect(shiftMonth({ year: 2026, month: 12 }, 1)).toEqual({ year: 2027, month: 1 });
    expect(shiftMonth({ year: 2026, month: 1 }, -1)).toEqual({ year: 2025, month: 12 });
    expect(yearMonthOf('2026-07-15')).toEqual({ year: 2026, month: 7 });
  });
});
