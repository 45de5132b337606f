import type { Lang } from '../i18n/lang';
import { gradeInfo, isGrade, type PnsGrade } from './pns-grade';
import { isPppkGrade, type PppkGrade, pppkGradeInfo } from './pppk-grade';

export type KnownGrade = PnsGrade | PppkGrade;

/** Any grade the platform stores: a PNS `III/a` or a PPPK `IX`. */
export function isKnownGrade(value: unknown): value is KnownGrade {
  return isGrade(value) || isPppkGrade(value);
}

const ROMAN_GOLONGAN: Readonly<Record<string, string>> = { 1: 'I', 2: 'II', 3: 'III', 4: 'IV' };

/**
 * Reads the spellings found in HR spreadsheets (`iii/a`, `III / A`, `III-a`, `IIIa`, `3/a`, `3a`,
 * `ix`) as the canonical grade; undefined for anything that is not a grade. Bare Arabic numbers
 * are refused because `3` could mean golongan III or PPPK grade III.
 */
export function normalizeGrade(raw: string): KnownGrade | undefined {
  const text = String(raw ?? '')
    .trim()
    .toUpperCase();
  const pns = /^(IV|III|II|I|[1-4])\s*[/\-.]?\s*([A-E])$/.exec(text);
  if (pns) {
    const golongan = ROMAN_GOLONGAN[pns[1]] ?? pns[1];
    const code = `${golongan}/${pns[2].toLowerCase()}`;
    return isGrade(code) ? code : undefined;
  }
  return isPppkGrade(text) ? text : undefined;
}

/**
 * A display label: the pangkat with the grade for PNS (`Penata Muda (III/a)`), the golongan for
 * PPPK (`Golongan IX (PPPK)` / `Grade IX (PPPK)`). Pangkat names are titles and stay Indonesian.
 */
export function gradeLabel(code: KnownGrade, lang: Lang = 'id'): string {
  const pns = gradeInfo(code);
  if (pns) {
    return `${pns.pangkat} (${pns.code})`;
  }
  const pppk = pppkGradeInfo(code);
  if (pppk) {
    return `${lang === 'en' ? 'Grade' : 'Golongan'} ${pppk.code} (PPPK)`;
  }
  throw new RangeError(`Unknown grade ${JSON.stringify(code)}`);
}

/**
 * Orders grades by step, PPPK at their PNS-equivalent step just after the PNS grade, so a
 * sorted list reads I/a, I, I/b, II, ...
 */
export function compareGrades(a: KnownGrade, b: KnownGrade): number {
  return gradeRank(a) - gradeRank(b);
}

function gradeRank(code: KnownGrade): number {
  const pns = gradeInfo(code);
  if (pns) {
    return pns.ordinal * 2;
  }
  const pppk = pppkGradeInfo(code);
  if (pppk) {
    return pppk.ordinal * 2 + 1;
  }
  throw new RangeError(`Unknown grade ${JSON.stringify(code)}`);
}
