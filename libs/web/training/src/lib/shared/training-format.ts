import type { Lang } from '@lms/shared/domain';

export function localeOf(lang: Lang): string {
  return lang === 'en' ? 'en-GB' : 'id-ID';
}

/** The abbreviation Indonesians use for each of the three class time zones. */
const ZONE_LABELS: Readonly<Record<string, string>> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
};

export function zoneLabel(timeZone: string): string {
  return ZONE_LABELS[timeZone] ?? timeZone;
}

/** A calendar date (`YYYY-MM-DD`) as a Date at UTC midnight, so no zone can shift its day. */
export function dayToDate(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

/** `YYYY-MM-DD` of a Date's UTC day (the inverse of dayToDate). */
export function dateToDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  const date = dayToDate(day);
  date.setUTCDate(date.getUTCDate() + days);
  return dateToDay(date);
}

/** Today's date in `timeZone` (the class's days are calendar days of its own zone). */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

export function formatDay(day: string, lang: Lang, style: 'medium' | 'full' = 'medium'): string {
  return new Intl.DateTimeFormat(localeOf(lang), { dateStyle: style, timeZone: 'UTC' }).format(
    dayToDate(day),
  );
}

/** "3–5 Des 2026" or "28 Nov – 2 Des 2026": one day shows once. */
export function formatDayRange(start: string, end: string, lang: Lang): string {
  if (start === end) return formatDay(start, lang);
  return new Intl.DateTimeFormat(localeOf(lang), {
    dateStyle: 'medium',
    timeZone: 'UTC',
  }).formatRange(dayToDate(start), dayToDate(end));
}

/** "08.00" in the class's zone (Indonesian writes hours with a dot). */
export function formatTime(instant: string, timeZone: string, lang: Lang): string {
  return new Intl.DateTimeFormat(localeOf(lang), {
    timeStyle: 'short',
    timeZone,
  }).format(new Date(instant));
}

/** A moment, written in the class's zone with its abbreviation: "1 Des 2026 08.00 WIB". */
export function formatMoment(instant: string, timeZone: string, lang: Lang): string {
  const text = new Intl.DateTimeFormat(localeOf(lang), {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone,
  }).format(new Date(instant));
  return `${text} ${zoneLabel(timeZone)}`;
}

/** A 0..1 share as a whole percentage. */
export function formatPercent(share: number, lang: Lang): string {
  return new Intl.NumberFormat(localeOf(lang), {
    style: 'percent',
    maximumFractionDigits: 0,
  }).format(share);
}

/** A number with at most one decimal (scores, JP). */
export function formatNumber(value: number, lang: Lang): string {
  return new Intl.NumberFormat(localeOf(lang), { maximumFractionDigits: 1 }).format(value);
}

/** A gain with its sign, so a drop is not mistaken for a rise: "+12,5" / "−3". */
export function formatGain(value: number, lang: Lang): string {
  const text = formatNumber(Math.abs(value), lang);
  if (value > 0) return `+${text}`;
  if (value < 0) return `−${text}`;
  return text;
}
