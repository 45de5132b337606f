import { Gender, isGender } from '../enums/gender.enum';
import { isValidIsoDate } from '../util/calendar-date';
import { PPPK_MONTH_MARKER } from './normalize-nip';
import { NIP_MIN_YEAR } from './parse-nip';

export interface GenerateNipInput {
  /** `YYYY-MM-DD`. */
  birthDate: string;
  /** TMT CPNS as `YYYY-MM` for a PNS, or the appointment year of a PPPK. */
  appointment: string | { year: number; pppk: true };
  gender: Gender;
  /** 1..999. */
  sequence: number;
}

/**
 * Composes an 18-digit NIP from its parts. Each part must be well formed (a RangeError says
 * which is not); rules that relate parts to each other or to today (age 18, not in the
 * future) are left to `parseNip`, so tests can build such numbers on purpose.
 */
export function generateNip(input: GenerateNipInput): string {
  const { birthDate, appointment, gender, sequence } = input;
  if (!isValidIsoDate(birthDate) || Number(birthDate.slice(0, 4)) < NIP_MIN_YEAR) {
    throw new RangeError(`birthDate must be a real YYYY-MM-DD date from ${NIP_MIN_YEAR}`);
  }
  if (!isGender(gender)) {
    throw new RangeError('gender must be MALE or FEMALE');
  }
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > 999) {
    throw new RangeError('sequence must be an integer from 1 to 999');
  }
  return (
    birthDate.replace(/-/g, '') +
    appointmentDigits(appointment) +
    (gender === Gender.MALE ? '1' : '2') +
    String(sequence).padStart(3, '0')
  );
}

function appointmentDigits(appointment: GenerateNipInput['appointment']): string {
  if (typeof appointment === 'string') {
    const match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(appointment);
    if (!match || Number(match[1]) < NIP_MIN_YEAR) {
      throw new RangeError(`appointment must be a real YYYY-MM month from ${NIP_MIN_YEAR}`);
    }
    return match[1] + match[2];
  }
  const { year, pppk } = appointment;
  if (pppk !== true || !Number.isInteger(year) || year < NIP_MIN_YEAR || year > 9999) {
    throw new RangeError(`a PPPK appointment needs pppk: true and a year from ${NIP_MIN_YEAR}`);
  }
  return String(year) + PPPK_MONTH_MARKER;
}
