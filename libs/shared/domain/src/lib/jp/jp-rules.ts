/** Minutes in one JP (jam pelajaran, lesson hour). */
export const JP_MINUTES = 45;

/** JP of competency development each PNS owes per calendar year. */
export const ANNUAL_JP_OBLIGATION = 20;

/**
 * Upper bound for the JP of one course or record. Long programmes (e.g. Latsar CPNS, PKA) run to
 * a few hundred JP; a thousand or more is a typo (minutes entered as JP) rather than a course.
 */
export const MAX_JP = 1000;

/** Rounds to the two decimals JP are kept with, half away from zero. */
export function roundJp(value: number): number {
  if (!Number.isFinite(value)) {
    return value;
  }
  // Scaling by 100 alone turns 1.005 into 100.49999…; nudging by a relative epsilon rounds
  // values that are exactly halfway in decimal the way people expect.
  const rounded =
    (Math.sign(value) * Math.round(Math.abs(value) * 100 * (1 + Number.EPSILON))) / 100;
  return rounded === 0 ? 0 : rounded;
}

/** Minutes of learning as JP, rounded to 2 decimals (90 min → 2, 100 min → 2.22). */
export function minutesToJp(minutes: number): number {
  if (!Number.isFinite(minutes) || minutes < 0) {
    throw new RangeError(`minutes must be a finite number >= 0, got ${minutes}`);
  }
  return roundJp(minutes / JP_MINUTES);
}

/** JP as whole minutes. */
export function jpToMinutes(jp: number): number {
  if (!Number.isFinite(jp) || jp < 0) {
    throw new RangeError(`jp must be a finite number >= 0, got ${jp}`);
  }
  return Math.round(jp * JP_MINUTES);
}

/** A JP value a course or record may carry: positive, finite, at most 2 decimals, at most MAX_JP. */
export function isValidJp(value: unknown): value is number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0 || value > MAX_JP) {
    return false;
  }
  const hundredths = value * 100;
  // Tolerance for binary floating point: 0.1 * 100 is 10.000000000000002.
  return Math.abs(hundredths - Math.round(hundredths)) < 1e-6;
}

/**
 * Adds JP exactly at two decimals, so that twenty records of 1 JP, or 0.1 + 0.2, compare
 * correctly with the obligation instead of falling short by floating-point dust.
 */
export function sumJp(values: Iterable<number>): number {
  let hundredths = 0;
  for (const value of values) {
    hundredths += Math.round(value * 100);
  }
  return hundredths / 100;
}

/** Share of the annual obligation reached, from 0 to 1 (more JP than owed still counts as 1). */
export function jpProgress(jp: number, obligation: number = ANNUAL_JP_OBLIGATION): number {
  if (!(obligation > 0) || !Number.isFinite(obligation)) {
    throw new RangeError(`obligation must be a positive finite number, got ${obligation}`);
  }
  if (Number.isNaN(jp) || jp <= 0) {
    return 0;
  }
  return Math.min(jp / obligation, 1);
}

/** Whether the JP of a year reaches the obligation (the contract's `jpCompliantCount`). */
export function meetsJpObligation(jp: number, obligation: number = ANNUAL_JP_OBLIGATION): boolean {
  return roundJp(jp) >= obligation;
}
