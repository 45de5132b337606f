/** The class's completion rule (contract: attendance share, and the post-test when required). */
export interface CompletionRule {
  classDays: number;
  minAttendanceRate: number;
  postTestRequired: boolean;
}

export interface ParticipantResult {
  attendedDays: number;
  postTestPassed: boolean | null;
}

export type Shortfall =
  { kind: 'attendance'; attended: number; needed: number; total: number } | { kind: 'postTest' };

/**
 * Whole days a participant must attend: the same rounding as the API (`ceil` of rate × days, with
 * a tolerance so 0.8 × 5 is 4, not 4.000…1).
 */
export function neededDays(rule: CompletionRule): number {
  return Math.ceil(rule.minAttendanceRate * rule.classDays - 1e-9);
}

/**
 * Why a participant does not (or would not) complete; empty when they do. Before completion the
 * post-test is unknown (null) and not counted against them, so the preview shows attendance only.
 */
export function shortfalls(result: ParticipantResult, rule: CompletionRule): Shortfall[] {
  const needed = neededDays(rule);
  const reasons: Shortfall[] = [];
  if (rule.classDays === 0 || result.attendedDays < needed) {
    reasons.push({
      kind: 'attendance',
      attended: result.attendedDays,
      needed,
      total: rule.classDays,
    });
  }
  if (rule.postTestRequired && result.postTestPassed === false) {
    reasons.push({ kind: 'postTest' });
  }
  return reasons;
}

export function completionCounts(statuses: readonly string[]): {
  completed: number;
  notCompleted: number;
} {
  return {
    completed: statuses.filter((s) => s === 'COMPLETED').length,
    notCompleted: statuses.filter((s) => s === 'NOT_COMPLETED').length,
  };
}
