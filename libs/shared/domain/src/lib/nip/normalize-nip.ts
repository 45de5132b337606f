/** Length of a NIP and of an NI PPPK. */
export const NIP_LENGTH = 18;

/** Digits 13-14 of an NI PPPK, in place of the appointment month. */
export const PPPK_MONTH_MARKER = '21';

/** Removes every whitespace character: NIPs are commonly written `19850315 201001 1 001`. */
export function normalizeNip(raw: string): string {
  return String(raw ?? '').replace(/\s+/gu, '');
}

/** The usual grouped spelling `YYYYMMDD YYYYMM G NNN`; input that is not 18 digits comes back normalized. */
export function formatNip(raw: string): string {
  const nip = normalizeNip(raw);
  const match = /^(\d{8})(\d{6})(\d)(\d{3})$/.exec(nip);
  return match ? match.slice(1).join(' ') : nip;
}
