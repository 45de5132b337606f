import { EmploymentType } from '../enums/employment-type.enum';
import { Gender } from '../enums/gender.enum';
import { addYearsIso, isValidCalendarDate, localIsoDate, toIsoDate } from '../util/calendar-date';
import type { NipAnalysis } from './nip-analysis';
import { NIP_ERROR_CODES, NipErrorCode } from './nip-error-code';
import { NIP_LENGTH, normalizeNip, PPPK_MONTH_MARKER } from './normalize-nip';

/**
 * Years before this are impossible for anyone in today's civil service; the floor also keeps
 * year 0000 and friends out of date arithmetic.
 */
export const NIP_MIN_YEAR = 1900;

/** The age a person must have reached on their appointment (TMT CPNS / PPPK). */
export const NIP_MIN_APPOINTMENT_AGE = 18;

const DIGITS = /^[0-9]+$/;

/**
 * Decodes and checks a NIP (or NI PPPK), reporting every problem at once.
 *
 * Dates are compared as calendar days: the appointment (TMT) of a PNS is the first day of its
 * month, as TMT always is; a PPPK appointment carries only a year, so it is "before the 18th
 * birthday" only when that whole year is, and "after today" only when the year is after this one.
 * `today` is read in the local time zone of the caller.
 */
export function parseNip(raw: string, today: Date = new Date()): NipAnalysis {
  const todayIso = localIsoDate(today);
  const nip = normalizeNip(raw);
  // Code points, not UTF-16 units, so that an emoji counts as one wrong character, not two.
  const chars = Array.from(nip);
  const errors = new Set<NipErrorCode>();
  const analysis: NipAnalysis = { nip, valid: false, errors: [] };

  if (chars.length !== NIP_LENGTH) {
    errors.add(NipErrorCode.INVALID_LENGTH);
  }
  if (!/^[0-9]*$/.test(nip)) {
    errors.add(NipErrorCode.NON_DIGIT);
  }
  if (chars.length === NIP_LENGTH) {
    const part = (start: number, end: number) => chars.slice(start, end).join('');
    decodeBirthDate(part(0, 8), todayIso, analysis, errors);
    decodeAppointment(part(8, 14), todayIso, analysis, errors);
    decodeGender(part(14, 15), analysis, errors);
    decodeSequence(part(15, 18), analysis, errors);
  }

  analysis.errors = NIP_ERROR_CODES.filter((code) => errors.has(code));
  analysis.valid = analysis.errors.length === 0;
  return analysis;
}

/** True when the NIP has no problem at all. */
export function isValidNip(raw: string, today: Date = new Date()): boolean {
  return parseNip(raw, today).valid;
}

function decodeBirthDate(
  digits: string,
  todayIso: string,
  analysis: NipAnalysis,
  errors: Set<NipErrorCode>,
): void {
  const year = Number(digits.slice(0, 4));
  const month = Number(digits.slice(4, 6));
  const day = Number(digits.slice(6, 8));
  if (!DIGITS.test(digits) || year < NIP_MIN_YEAR || !isValidCalendarDate(year, month, day)) {
    errors.add(NipErrorCode.INVALID_BIRTH_DATE);
    return;
  }
  analysis.birthDate = toIsoDate(year, month, day);
  if (analysis.birthDate > todayIso) {
    errors.add(NipErrorCode.BIRTH_DATE_IN_FUTURE);
  }
}

/** Runs after `decodeBirthDate`, whose result the age check needs. */
function decodeAppointment(
  digits: string,
  todayIso: string,
  analysis: NipAnalysis,
  errors: Set<NipErrorCode>,
): void {
  const yearText = digits.slice(0, 4);
  const monthText = digits.slice(4, 6);
  const year = Number(yearText);
  const month = Number(monthText);
  if (!DIGITS.test(digits) || year < NIP_MIN_YEAR) {
    errors.add(NipErrorCode.INVALID_APPOINTMENT);
    return;
  }

  // Earliest and latest day the appointment can have fallen on.
  let earliest: string;
  let latest: string;
  if (monthText === PPPK_MONTH_MARKER) {
    analysis.employmentType = EmploymentType.PPPK;
    analysis.appointmentMonth = yearText;
    earliest = toIsoDate(year, 1, 1);
    latest = toIsoDate(year, 12, 31);
  } else if (month >= 1 && month <= 12) {
    analysis.employmentType = EmploymentType.PNS;
    analysis.appointmentMonth = `${yearText}-${monthText}`;
    earliest = latest = toIsoDate(year, month, 1);
  } else {
    errors.add(NipErrorCode.INVALID_APPOINTMENT);
    return;
  }

  if (analysis.birthDate) {
    const eighteenthBirthday = addYearsIso(analysis.birthDate, NIP_MIN_APPOINTMENT_AGE);
    if (latest < eighteenthBirthday) {
      errors.add(NipErrorCode.APPOINTED_BEFORE_AGE_18);
    }
  }
  if (earliest > todayIso) {
    errors.add(NipErrorCode.APPOINTMENT_IN_FUTURE);
  }
}

function decodeGender(digit: string, analysis: NipAnalysis, errors: Set<NipErrorCode>): void {
  if (digit === '1') {
    analysis.gender = Gender.MALE;
  } else if (digit === '2') {
    analysis.gender = Gender.FEMALE;
  } else {
    errors.add(NipErrorCode.INVALID_GENDER);
  }
}

function decodeSequence(digits: string, analysis: NipAnalysis, errors: Set<NipErrorCode>): void {
  if (!DIGITS.test(digits)) {
    // NON_DIGIT already names the problem; there is no separate "bad sequence" code.
    return;
  }
  analysis.sequence = Number(digits);
  if (analysis.sequence === 0) {
    errors.add(NipErrorCode.ZERO_SEQUENCE);
  }
}
