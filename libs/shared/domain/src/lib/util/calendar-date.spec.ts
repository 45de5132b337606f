import {
  addYearsIso,
  daysInMonth,
  isLeapYear,
  isValidCalendarDate,
  isValidIsoDate,
  localIsoDate,
  toIsoDate,
} from './calendar-date';

describe('isLeapYear', () => {
  it.each([
    [2000, true],
    [2024, true],
    [1988, true],
    [1900, false],
    [2100, false],
    [1985, false],
    [2023, false],
  ])('%i -> %p', (year, leap) => {
    expect(isLeapYear(year)).toBe(leap);
  });
});

describe('daysInMonth', () => {
  it('knows every month', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2023, m))).toEqual([
      31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
    expect(daysInMonth(2024, 2)).toBe(29);
  });

  it('is 0 for months that do not exist', () => {
    expect(daysInMonth(2024, 0)).toBe(0);
    expect(daysInMonth(2024, 13)).toBe(0);
    expect(daysInMonth(2024, 1.5)).toBe(0);
  });
});

describe('isValidCalendarDate', () => {
  it('rejects impossible days', () => {
    expect(isValidCalendarDate(2023, 2, 29)).toBe(false);
    expect(isValidCalendarDate(2024, 2, 29)).toBe(true);
    expect(isValidCalendarDate(2024, 4, 31)).toBe(false);
    expect(isValidCalendarDate(2024, 1, 0)).toBe(false);
    expect(isValidCalendarDate(0, 1, 1)).toBe(false);
  });
});

describe('isValidIsoDate', () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2023-13-01', false],
    ['2023-1-01', false],
    ['2023-01-01T00:00:00Z', false],
    [' 2023-01-01', false],
    ['', false],
    [20230101, false],
    [null, false],
  ])('%p -> %p', (value, expected) => {
    expect(isValidIsoDate(value)).toBe(expected);
  });
});

describe('toIsoDate / localIsoDate', () => {
  it('pads parts', () => {
    expect(toIsoDate(985, 3, 5)).toBe('0985-03-05');
  });

  it('reads the local calendar date', () => {
    expect(localIsoDate(new Date(2024, 0, 31, 23, 59))).toBe('2024-01-31');
  });

  it('rejects an invalid Date', () => {
    expect(() => localIsoDate(new Date('nope'))).toThrow(RangeError);
  });
});

describe('addYearsIso', () => {
  it('moves the year', () => {
    expect(addYearsIso('1985-03-15', 18)).toBe('2003-03-15');
  });

  it('moves 29 February to 1 March in a common year', () => {
    expect(addYearsIso('2000-02-29', 18)).toBe('2018-03-01');
    expect(addYearsIso('2000-02-29', 20)).toBe('2020-02-29');
  });
});
