import { dayCount, daysBetween, localInstant, todayIn } from './class-time';

describe('class time', () => {
  it('lists every calendar day of a class, across month and leap-day ends', () => {
    expect(daysBetween('2028-02-27', '2028-03-01')).toEqual([
      '2028-02-27',
      '2028-02-28',
      '2028-02-29',
      '2028-03-01',
    ]);
    expect(daysBetween('2026-05-04', '2026-05-04')).toEqual(['2026-05-04']);
    expect(daysBetween('2026-05-04', '2026-05-03')).toEqual([]);
    expect(dayCount('2026-12-30', '2027-01-02')).toBe(4);
    expect(dayCount('2026-05-04', '2026-05-03')).toBe(0);
  });

  it('places local class times at the right instant in each Indonesian zone', () => {
    expect(localInstant('2026-05-04', '08:00', 'Asia/Jakarta').toISOString()).toBe(
      '2026-05-04T01:00:00.000Z',
    );
    expect(localInstant('2026-05-04', '08:00', 'Asia/Jayapura').toISOString()).toBe(
      '2026-05-03T23:00:00.000Z',
    );
  });

  it("takes today's date in the class's zone, not the server's", () => {
    const lateUtc = new Date('2026-05-04T20:30:00Z');
    expect(todayIn('Asia/Jakarta', lateUtc)).toBe('2026-05-05');
    expect(todayIn('Asia/Makassar', new Date('2026-05-04T15:59:00Z'))).toBe('2026-05-04');
    expect(todayIn('Asia/Makassar', new Date('2026-05-04T16:00:00Z'))).toBe('2026-05-05');
  });
});
