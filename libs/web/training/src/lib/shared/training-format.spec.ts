import {
  addDays,
  formatDayRange,
  formatGain,
  formatMoment,
  formatTime,
  todayIn,
  zoneLabel,
} from './training-format';

describe('training formats', () => {
  it('takes today in the class zone, not the browser zone', () => {
    // 23:30 UTC on 30 Nov is already 1 Dec in Jayapura (UTC+9) but still 30 Nov in UTC−x zones.
    const now = new Date('2026-11-30T23:30:00Z');
    expect(todayIn('Asia/Jayapura', now)).toBe('2026-12-01');
    expect(todayIn('Asia/Jakarta', now)).toBe('2026-12-01');
    expect(todayIn('UTC', now)).toBe('2026-11-30');
  });

  it('adds days across month and year ends', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('writes a class of one day once and a longer class as a range', () => {
    expect(formatDayRange('2026-12-03', '2026-12-03', 'en')).toBe('3 Dec 2026');
    expect(formatDayRange('2026-12-03', '2026-12-05', 'en')).toMatch(/^3\s?–\s?5 Dec 2026$/);
  });

  it('shows session times in the class zone with its Indonesian abbreviation', () => {
    const start = '2026-12-03T01:00:00Z';
    expect(formatTime(start, 'Asia/Jakarta', 'id')).toBe('08.00');
    expect(formatTime(start, 'Asia/Jayapura', 'en')).toBe('10:00');
    expect(formatMoment(start, 'Asia/Makassar', 'en')).toBe('3 Dec 2026, 09:00 WITA');
    expect(zoneLabel('Europe/Paris')).toBe('Europe/Paris');
  });

  it('signs gains so a drop reads as one', () => {
    expect(formatGain(12.5, 'id')).toBe('+12,5');
    expect(formatGain(-3, 'en')).toBe('−3');
    expect(formatGain(0, 'en')).toBe('0');
  });
});
