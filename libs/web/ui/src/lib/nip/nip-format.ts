import type { Lang } from '@lms/shared/domain';

const LOCALES: Readonly<Record<Lang, string>> = { id: 'id-ID', en: 'en-GB' };

/** `1985-03-15` as `15 Maret 1985` / `15 March 1985`; computed in UTC so no time zone shifts the day. */
export function formatIsoDate(iso: string, lang: Lang): string {
  const [year, month, day] = iso.split('-').map(Number);
  return new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'long', timeZone: 'UTC' }).format(
    Date.UTC(year, month - 1, day),
  );
}

/** A PNS appointment `2010-01` as `Januari 2010`; a PPPK appointment `2021` stays the year. */
export function formatAppointment(appointment: string, lang: Lang): string {
  const [year, month] = appointment.split('-').map(Number);
  if (!month) {
    return String(year);
  }
  return new Intl.DateTimeFormat(LOCALES[lang], {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(Date.UTC(year, month - 1, 1));
}
