import type { PnsGrade } from './pns-grade';
import { PNS_GRADES } from './pns-grade';

/** PPPK grades (golongan PPPK, Perpres 98/2020), lowest first. */
export const PPPK_GRADES = Object.freeze([
  'I',
  'II',
  'III',
  'IV',
  'V',
  'VI',
  'VII',
  'VIII',
  'IX',
  'X',
  'XI',
  'XII',
  'XIII',
  'XIV',
  'XV',
  'XVI',
  'XVII',
] as const);
export type PppkGrade = (typeof PPPK_GRADES)[number];

export interface PppkGradeInfo {
  code: PppkGrade;
  /** 1 for I up to 17 for XVII. */
  ordinal: number;
  /**
   * The PNS grade at the same step. The two scales run in parallel (e.g. entry with SLTA at
   * V ~ II/a, D-III at VII ~ II/c, S-1 at IX ~ III/a, S-2 at X ~ III/b), which lets reports
   * compare PPPK and PNS side by side.
   */
  pnsEquivalent: PnsGrade;
}

export const PPPK_GRADE_INFOS: readonly PppkGradeInfo[] = Object.freeze(
  PPPK_GRADES.map((code, index) =>
    Object.freeze({ code, ordinal: index + 1, pnsEquivalent: PNS_GRADES[index] }),
  ),
);

const BY_CODE = new Map<string, PppkGradeInfo>(PPPK_GRADE_INFOS.map((info) => [info.code, info]));

/** True for a PPPK grade spelled exactly as in `PPPK_GRADES` (upper-case Roman numeral). */
export function isPppkGrade(value: unknown): value is PppkGrade {
  return typeof value === 'string' && BY_CODE.has(value);
}

export function pppkGradeInfo(code: string): PppkGradeInfo | undefined {
  return BY_CODE.get(code);
}
