import { Gender } from '../enums/gender.enum';
import { daysInMonth, localIsoDate, toIsoDate } from '../util/calendar-date';
import { chance, randomInt, type Rng } from '../util/random';
import { generateNip } from './generate-nip';

export const RANDOM_NIP_BIRTH_YEARS = Object.freeze({ min: 1965, max: 2000 });
export const RANDOM_NIP_APPOINTMENT_AGES = Object.freeze({ min: 20, max: 35 });
/** The first PPPK were appointed in 2019. */
export const FIRST_PPPK_YEAR = 2019;

export interface RandomNipOptions {
  /** Share of PPPK numbers (0..1); the rest are PNS. Default 0. */
  pppkRate?: number;
}

/**
 * A plausible, valid NIP for demo and load-test data: born 1965-2000, appointed between the
 * ages of 20 and 35 and not after `today`. PPPK are appointed from 2019 at age 20 or more.
 * Deterministic for a seeded `rng`; numbers can repeat, so callers needing uniqueness must
 * check for it.
 */
export function randomValidNip(
  rng: Rng,
  today: Date = new Date(),
  options: RandomNipOptions = {},
): string {
  const [todayYear, todayMonth] = localIsoDate(today).split('-').map(Number);
  // Born at the latest in the year that lets a 20-year-old have been appointed by now.
  const maxBirthYear = Math.min(
    RANDOM_NIP_BIRTH_YEARS.max,
    todayYear - RANDOM_NIP_APPOINTMENT_AGES.min - 1,
  );
  if (maxBirthYear < RANDOM_NIP_BIRTH_YEARS.min) {
    throw new RangeError(`No plausible NIP can be appointed by ${localIsoDate(today)}`);
  }
  const birthYear = randomInt(rng, RANDOM_NIP_BIRTH_YEARS.min, maxBirthYear);
  const birthMonth = randomInt(rng, 1, 12);
  const birthDay = randomInt(rng, 1, daysInMonth(birthYear, birthMonth));
  const gender = chance(rng, 0.5) ? Gender.MALE : Gender.FEMALE;
  // Most units appoint few people a month, so low sequence numbers are far more common.
  const sequence = 1 + Math.floor(rng() ** 2 * 400);
  const birthDate = toIsoDate(birthYear, birthMonth, birthDay);

  const earliestPppk = Math.max(FIRST_PPPK_YEAR, birthYear + RANDOM_NIP_APPOINTMENT_AGES.min);
  if (chance(rng, options.pppkRate ?? 0) && earliestPppk <= todayYear) {
    const year = randomInt(rng, earliestPppk, todayYear);
    return generateNip({ birthDate, appointment: { year, pppk: true }, gender, sequence });
  }

  // Months counted from year 0, so a range of months is a range of integers. TMT is the first
  // of a month: the earliest is the first month starting on or after the 20th birthday.
  const monthIndex = (year: number, month: number) => year * 12 + month - 1;
  const earliest =
    monthIndex(birthYear + RANDOM_NIP_APPOINTMENT_AGES.min, birthMonth) + (birthDay > 1 ? 1 : 0);
  const latest = Math.min(
    monthIndex(birthYear + RANDOM_NIP_APPOINTMENT_AGES.max, birthMonth),
    monthIndex(todayYear, todayMonth),
  );
  const chosen = randomInt(rng, earliest, latest);
  const appointment = `${Math.floor(chosen / 12)}-${String((chosen % 12) + 1).padStart(2, '0')}`;
  return generateNip({ birthDate, appointment, gender, sequence });
}
