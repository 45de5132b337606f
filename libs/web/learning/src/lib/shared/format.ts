import type { Lang } from '@lms/shared/domain';

export function localeOf(lang: Lang): string {
  return lang === 'en' ? 'en-GB' : 'id-ID';
}

/** JP keep up to two decimals (1,5 JP in Indonesian, 1.5 JP in English). */
export function formatJp(value: number, lang: Lang): string {
  return new Intl.NumberFormat(localeOf(lang), { maximumFractionDigits: 2 }).format(value);
}

/** A 0..1 share as a whole percentage. */
export function formatPercent(share: number, lang: Lang): string {
  return new Intl.NumberFormat(localeOf(lang), {
    style: 'percent',
    maximumFractionDigits: 0,
  }).format(share);
}

/** A score out of 100, with at most one decimal. */
export function formatScore(score: number, lang: Lang): string {
  return new Intl.NumberFormat(localeOf(lang), { maximumFractionDigits: 1 }).format(score);
}

/** A gain in score points with its sign: +12,5 / −3 / 0 (at most one decimal). */
export function formatGain(gain: number, lang: Lang): string {
  return new Intl.NumberFormat(localeOf(lang), {
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  }).format(gain);
}

export function formatDate(iso: string, lang: Lang): string {
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00` : iso);
  return new Intl.DateTimeFormat(localeOf(lang), { dateStyle: 'medium' }).format(date);
}

export function formatBytes(bytes: number, lang: Lang): string {
  const format = new Intl.NumberFormat(localeOf(lang), { maximumFractionDigits: 1 });
  if (bytes < 1024) return `${format.format(bytes)} B`;
  if (bytes < 1024 * 1024) return `${format.format(bytes / 1024)} KB`;
  return `${format.format(bytes / 1024 / 1024)} MB`;
}
