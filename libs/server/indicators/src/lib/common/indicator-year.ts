import { InvalidInputError } from '@lms/server/core';
import { localIsoDate } from '@lms/shared/domain';

/** No ledger reaches further back; earlier years are typing mistakes (e.g. 202 for 2022). */
export const FIRST_INDICATOR_YEAR = 1970;

/** The calendar year where the API runs (its local time zone, as the ledger's dates are). */
export function currentYear(now: Date = new Date()): number {
  return Number(localIsoDate(now).slice(0, 4));
}

/**
 * A year an indicator may be asked for: from 1970 to this year (no record can be completed in the
 * future). Null stays null: each indicator gives it its own meaning.
 */
export function checkIndicatorYear(
  year: number | null | undefined,
  field = 'year',
  now: Date = new Date(),
): number | null {
  if (year === null || year === undefined) return null;
  const last = currentYear(now);
  if (!Number.isInteger(year) || year < FIRST_INDICATOR_YEAR || year > last) {
    throw new InvalidInputError(
      field,
      `${field}: must be a year from ${FIRST_INDICATOR_YEAR} to ${last}, got ${year}`,
    );
  }
  return year;
}
