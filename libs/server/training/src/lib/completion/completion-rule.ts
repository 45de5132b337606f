import { EnrollmentStatus } from '../common/training-enums';

export interface CompletionDecision {
  status: typeof EnrollmentStatus.COMPLETED | typeof EnrollmentStatus.NOT_COMPLETED;
  /** Days attended over days of the class, to 3 decimals (the column's precision). */
  attendanceRate: number;
}

/**
 * A participant completes when they attended at least the class's minimum share of its days and,
 * if the class requires it, passed the post-test (`postTestPassed` null: not required).
 * The comparison is made on whole days, so 4 of 5 days meets 0.8 exactly despite floating point.
 */
export function decideCompletion(
  attendedDays: number,
  classDays: number,
  minAttendanceRate: number,
  postTestPassed: boolean | null,
): CompletionDecision {
  const rate = classDays > 0 ? attendedDays / classDays : 0;
  const neededDays = Math.ceil(minAttendanceRate * classDays - 1e-9);
  const attendedEnough = classDays > 0 && attendedDays >= neededDays;
  const passed = postTestPassed ?? true;
  return {
    status: attendedEnough && passed ? EnrollmentStatus.COMPLETED : EnrollmentStatus.NOT_COMPLETED,
    attendanceRate: Math.round(rate * 1000) / 1000,
  };
}
