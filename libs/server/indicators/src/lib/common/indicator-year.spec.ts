import { InvalidInputError } from '@lms/server/core';

import { checkIndicatorYear, currentYear } from './indicator-year';

describe('checkIndicatorYear', () => {
  const now = new Date(2026, 5, 30);

  it('keeps null and accepts 1970 up to this year', () => {
    expect(checkIndicatorYear(null, 'year', now)).toBeNull();
    expect(checkIndicatorYear(undefined, 'year', now)).toBeNull();
    expect(checkIndicatorYear(1970, 'year', now)).toBe(1970);
    expect(checkIndicatorYear(2026, 'year', now)).toBe(2026);
    expect(currentYear(now)).toBe(2026);
  });

  it.each([1969, 2027, 202, 20260, 2025.5])('refuses %p naming the field', (year) => {
    expect(() => checkIndicatorYear(year, 'year', now)).toThrow(InvalidInputError);
    expect(() => checkIndicatorYear(year, 'year', now)).toThrow(
      /^year: must be a year from 1970 to 2026/,
    );
  });
});
