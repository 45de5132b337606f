import { ANNUAL_JP_OBLIGATION, jpProgress, meetsJpObligation, roundJp } from '@lms/shared/domain';

/** What the JP bar shows: the share of the year's obligation reached and what is still owed. */
export interface JpStatus {
  total: number;
  obligation: number;
  /** 0..100 for the progress bar. */
  percent: number;
  met: boolean;
  remaining: number;
}

export function jpStatus(total: number, obligation: number = ANNUAL_JP_OBLIGATION): JpStatus {
  const safeObligation = obligation > 0 ? obligation : ANNUAL_JP_OBLIGATION;
  return {
    total,
    obligation: safeObligation,
    percent: Math.round(jpProgress(total, safeObligation) * 1000) / 10,
    met: meetsJpObligation(total, safeObligation),
    remaining: Math.max(0, roundJp(safeObligation - total)),
  };
}
