/**
 * Every way a NIP can be wrong. `parseNip` reports them in this declaration order, which follows
 * the digits from left to right.
 */
export const NipErrorCode = Object.freeze({
  /** Not exactly 18 characters once whitespace is removed. */
  INVALID_LENGTH: 'INVALID_LENGTH',
  /** Something other than the digits 0-9. */
  NON_DIGIT: 'NON_DIGIT',
  /** Digits 1-8 are not a real date (or not digits, or before 1900). */
  INVALID_BIRTH_DATE: 'INVALID_BIRTH_DATE',
  /** Digits 1-8 are a date after today. */
  BIRTH_DATE_IN_FUTURE: 'BIRTH_DATE_IN_FUTURE',
  /** Digits 9-14 are neither a real month `YYYYMM` nor the PPPK form `YYYY21`. */
  INVALID_APPOINTMENT: 'INVALID_APPOINTMENT',
  /** The appointment (TMT) lies before the 18th birthday. */
  APPOINTED_BEFORE_AGE_18: 'APPOINTED_BEFORE_AGE_18',
  /** The appointment (TMT) lies after today. */
  APPOINTMENT_IN_FUTURE: 'APPOINTMENT_IN_FUTURE',
  /** Digit 15 is neither 1 (male) nor 2 (female). */
  INVALID_GENDER: 'INVALID_GENDER',
  /** Digits 16-18 are 000; sequences start at 001. */
  ZERO_SEQUENCE: 'ZERO_SEQUENCE',
} as const);
export type NipErrorCode = (typeof NipErrorCode)[keyof typeof NipErrorCode];

export const NIP_ERROR_CODES: readonly NipErrorCode[] = Object.freeze(Object.values(NipErrorCode));
