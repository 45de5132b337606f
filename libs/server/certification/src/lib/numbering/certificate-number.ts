/** The numbering pattern a region gets until it sets its own (`800` is the archive code for staffing). */
export const DEFAULT_NUMBER_PATTERN = '800/{seq}/BKPSDM/{year}';

/** `{seq}` is zero-padded to this many digits (and grows past 9999 rather than wrapping). */
export const SEQ_DIGITS = 4;

const PLACEHOLDER = /\{(seq|year|month|region)\}/g;

/** Why a pattern cannot be used, or null when it can. */
export function numberPatternError(pattern: string): string | null {
  if (pattern.trim() !== pattern || pattern.length === 0) return 'must not be blank or padded';
  if (pattern.length > 100) return 'must be at most 100 characters';
  if ((pattern.match(/\{seq\}/g) ?? []).length !== 1) return 'must contain {seq} exactly once';
  const unknown = pattern.replace(PLACEHOLDER, '').match(/[{}]/);
  if (unknown) return 'may use only {seq}, {year}, {month} and {region}';
  return null;
}

export interface NumberParts {
  seq: number;
  year: number;
  /** Month of issue, 1-12. */
  month: number;
  /** The region's Kemendagri code, e.g. `35.15`. */
  regionCode: string;
}

const ROMAN_MONTHS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

/**
 * `800/{seq}/BKPSDM/{year}` with seq 7 in 2026 → `800/0007/BKPSDM/2026`. `{month}` prints the Roman
 * month, as Indonesian letter numbers do (`III` for March).
 */
export function formatCertificateNumber(pattern: string, parts: NumberParts): string {
  return pattern.replace(PLACEHOLDER, (_match, name: string) => {
    switch (name) {
      case 'seq':
        return String(parts.seq).padStart(SEQ_DIGITS, '0');
      case 'year':
        return String(parts.year);
      case 'month':
        return ROMAN_MONTHS[parts.month - 1];
      default:
        return parts.regionCode;
    }
  });
}
