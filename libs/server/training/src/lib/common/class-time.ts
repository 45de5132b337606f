/**
 * Indonesia's three time zones. None observes daylight saving, so a fixed offset converts a class's
 * local wall-clock times exactly, with no time-zone database needed.
 */
export const CLASS_TIME_ZONES = {
  'Asia/Jakarta': '+07:00',
  'Asia/Makassar': '+08:00',
  'Asia/Jayapura': '+09:00',
} as const;
export type ClassTimeZone = keyof typeof CLASS_TIME_ZONES;

export const DEFAULT_TIME_ZONE: ClassTimeZone = 'Asia/Jakarta';
export const DEFAULT_DAY_START = '08:00';
export const DEFAULT_DAY_END = '16:00';

/** The longest class scheduleTraining accepts: a year of days is already far beyond any Bimtek. */
export const MAX_CLASS_DAYS = 366;

const DAY_MS = 86_400_000;

export function isClassTimeZone(value: string): value is ClassTimeZone {
  return Object.hasOwn(CLASS_TIME_ZONES, value);
}

/** The instant a local `HH:MM` on a calendar day happens in a class's zone. */
export function localInstant(day: string, time: string, zone: ClassTimeZone): Date {
  return new Date(`${day}T${time}:00${CLASS_TIME_ZONES[zone]}`);
}

/** Today's calendar date in a class's zone, so "today" in Jayapura does not lag two hours behind. */
export function todayIn(zone: ClassTimeZone, now: Date = new Date()): string {
  const offsetHours = Number(CLASS_TIME_ZONES[zone].slice(0, 3));
  return new Date(now.getTime() + offsetHours * 3_600_000).toISOString().slice(0, 10);
}

/** Every calendar day from `start` to `end`, both included (ISO `YYYY-MM-DD` strings). */
export function daysBetween(start: string, end: string): string[] {
  const days: string[] = [];
  const last = Date.parse(`${end}T00:00:00Z`);
  for (let t = Date.parse(`${start}T00:00:00Z`); t <= last; t += DAY_MS) {
    days.push(new Date(t).toISOString().slice(0, 10));
  }
  return days;
}

/** Days from `start` to `end` inclusive; 0 or less when `end` is before `start`. */
export function dayCount(start: string, end: string): number {
  return (
    Math.round((Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / DAY_MS) + 1
  );
}
