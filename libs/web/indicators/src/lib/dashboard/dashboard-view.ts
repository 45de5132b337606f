import { compareGrades, isKnownGrade } from '@lms/shared/domain';
import type { IndicatorRowItemFragment } from '@lms/web/core';

export interface DashboardTotals {
  headcount: number;
  literate: number;
  compliant: number;
  totalJp: number;
  literacyRate: number;
  complianceRate: number;
  averageJp: number;
}

/**
 * The whole scope from its per-region rows. Summing is exact: every employee belongs to one
 * region, so an administrator's several regions add up without double counting.
 */
export function totalsOf(rows: readonly IndicatorRowItemFragment[]): DashboardTotals {
  const sum = (pick: (row: IndicatorRowItemFragment) => number) =>
    rows.reduce((total, row) => total + pick(row), 0);
  const headcount = sum((row) => row.headcount);
  const literate = sum((row) => row.literateCount);
  const compliant = sum((row) => row.jpCompliantCount);
  const totalJp = Math.round(sum((row) => row.totalJp) * 100) / 100;
  const share = (count: number) => (headcount > 0 ? count / headcount : 0);
  return {
    headcount,
    literate,
    compliant,
    totalJp,
    literacyRate: share(literate),
    complianceRate: share(compliant),
    averageJp: headcount > 0 ? Math.round((totalJp / headcount) * 100) / 100 : 0,
  };
}

/** Grades from I/a up, PPPK grades beside their PNS step; codes the app does not know last. */
export function byGradeOrder(
  rows: readonly IndicatorRowItemFragment[],
): IndicatorRowItemFragment[] {
  return [...rows].sort((a, b) => {
    const gradeA = a.key;
    const gradeB = b.key;
    if (isKnownGrade(gradeA) && isKnownGrade(gradeB)) return compareGrades(gradeA, gradeB);
    if (isKnownGrade(gradeA)) return -1;
    if (isKnownGrade(gradeB)) return 1;
    return gradeA.localeCompare(gradeB);
  });
}
