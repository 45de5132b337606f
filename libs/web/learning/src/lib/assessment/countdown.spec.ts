import { formatClock, remainingMs } from './countdown';

describe('countdown', () => {
  const deadline = '2026-03-01T08:10:00.000Z';
  const at = (iso: string) => Date.parse(iso);

  it('counts down to the server deadline and stops at zero', () => {
    expect(remainingMs(deadline, at('2026-03-01T08:00:00.000Z'))).toBe(600_000);
    expect(remainingMs(deadline, at('2026-03-01T08:10:05.000Z'))).toBe(0);
  });

  it('has no countdown without a time limit', () => {
    expect(remainingMs(null, Date.now())).toBeNull();
    expect(remainingMs('not a date', Date.now())).toBeNull();
  });

  it('shows minutes and seconds, hours only when needed, rounding seconds up', () => {
    expect(formatClock(600_000)).toBe('10:00');
    expect(formatClock(59_001)).toBe('01:00');
    expect(formatClock(999)).toBe('00:01');
    expect(formatClock(0)).toBe('00:00');
    expect(formatClock(3_723_000)).toBe('1:02:03');
  });
});
