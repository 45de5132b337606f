/**
 * Calendar-date helpers on plain `YYYY-MM-DD` strings. Dates in this domain (birth dates,
 * appointments, completion days) have no time of day, so they never pass through UTC offsets.
 */

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month (1-12) of a year; 0 for a month that does not exist. */
export function daysInMonth(year: number, month: number): number {
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    return 0;
  }
  if (month === 2) {
    return isLeapYear(year) ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isValidCalendarDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    year >= 1 &&
    year <= 9999 &&
    Number.isInteger(day) &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** True for a real date written exactly as `YYYY-MM-DD` (the GraphQL `Date` scalar). */
export function isValidIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') {
    return false;
  }
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return !!match && isValidCalendarDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

export function toIsoDate(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/**
 * The calendar date a `Date` falls on where the code runs (its local time zone), as `YYYY-MM-DD`.
 * Local rather than UTC because "today" for a user in Jakarta must not lag seven hours behind.
 */
export function localIsoDate(date: Date): string {
  if (Number.isNaN(date.getTime())) {
    throw new RangeError('Invalid Date');
  }
  return toIsoDate(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

/**
 * The date `years` after an ISO date. A 29 February that does not exist in the target year
 * becomes 1 March, the day the anniversary has certainly passed.
 */
export function addYearsIso(isoDate: string, years: number): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  const target = year + years;
  if (month === 2 && day === 29 && !isLeapYear(target)) {
    return toIsoDate(target, 3, 1);
  }
  return toIsoDate(target, month, day);
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}
