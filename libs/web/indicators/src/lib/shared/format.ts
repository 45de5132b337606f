import type { Lang } from '@lms/shared/domain';

export function localeOf(lang: Lang): string {
  return lang === 'en' ? 'en-GB' : 'id-ID';
}

/** A 0..1 share as a percentage with one decimal: small agencies move in steps of a few percent. */
export function formatPercent(share: number, lang: Lang): string {
  return new Intl.NumberFormat(localeOf(lang), {
    style: 'percent',
    maximumFractionDigits: 1,
  }).format(share);
}

export function formatCount(value: number, lang: Lang): string {
  return new Intl.NumberFormat(localeOf(lang), { maximumFractionDigits: 0 }).format(value);
}

/** JP keep up to two decimals (1,5 JP in Indonesian, 1.5 JP in English). */
export function formatJp(value: number, lang: Lang): string {
  return new Intl.NumberFormat(localeOf(lang), { maximumFractionDigits: 2 }).format(value);
}

/** A `YYYY-MM-DD` calendar date, read as a local date so no time zone shifts the day. */
export function formatDate(iso: string, lang: Lang): string {
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00` : iso);
  return new Intl.DateTimeFormat(localeOf(lang), { dateStyle: 'medium' }).format(date);
}

export function formatTime(date: Date, lang: Lang): string {
  return new Intl.DateTimeFormat(localeOf(lang), { timeStyle: 'medium' }).format(date);
}

/** `2026-03` → "Mar 2026" / "Mar 2026" in the UI language, for chart axes and tables. */
export function formatMonth(period: string, lang: Lang): string {
  const [year, month] = period.split('-').map(Number);
  return new Intl.DateTimeFormat(localeOf(lang), { month: 'short', year: 'numeric' }).format(
    new Date(year, month - 1, 1),
  );
}
