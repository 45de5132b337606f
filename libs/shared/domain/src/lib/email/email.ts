/** Longest address that fits SMTP's path limit (RFC 5321 §4.5.3.1.3). */
export const EMAIL_MAX_LENGTH = 254;
const LOCAL_PART_MAX_LENGTH = 64;
const DOMAIN_LABEL_MAX_LENGTH = 63;

/** RFC 5322 dot-atom: printable ASCII except specials, dots only between characters. */
const LOCAL_PART = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const DOMAIN_LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/;
/** A top-level domain is letters, or an IDN in punycode (`xn--…`). */
const TOP_LEVEL_DOMAIN = /^(?:[A-Za-z]{2,}|xn--[A-Za-z0-9-]+)$/;

/**
 * A pragmatic address check for employee records and logins: dot-atom local part, a domain of
 * at least two labels with a real-looking top-level domain. Quoted local parts, comments and IP
 * literals are valid RFC 5322 but never appear in HR data, and refusing them keeps out typos.
 */
export function isValidEmail(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > EMAIL_MAX_LENGTH) {
    return false;
  }
  const at = value.lastIndexOf('@');
  if (at <= 0) {
    return false;
  }
  const local = value.slice(0, at);
  const domain = value.slice(at + 1);
  if (local.length > LOCAL_PART_MAX_LENGTH || !LOCAL_PART.test(local)) {
    return false;
  }
  const labels = domain.split('.');
  return (
    labels.length >= 2 &&
    labels.every((label) => label.length <= DOMAIN_LABEL_MAX_LENGTH && DOMAIN_LABEL.test(label)) &&
    TOP_LEVEL_DOMAIN.test(labels[labels.length - 1])
  );
}

/**
 * Trims and lower-cases an address for storage and lookup. Local parts are case-sensitive in
 * theory, but no Indonesian government or mainstream mail host treats them so, and one spelling
 * per person keeps logins and duplicate checks simple.
 */
export function normalizeEmail(raw: string): string {
  return String(raw ?? '')
    .trim()
    .toLowerCase();
}
