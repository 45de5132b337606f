import { roundJp } from '@lms/shared/domain';

export interface ScoredQuestion {
  points: number;
  correctOptionIds: readonly string[];
  selectedOptionIds: readonly string[];
}

/**
 * All or nothing per question: the selection must be exactly the set of correct options (one
 * option for single choice and true/false, every correct one and nothing else for multiple
 * choice). Partial credit would let "tick everything" earn points on multiple choice.
 */
export function isAnsweredCorrectly(
  q: Pick<ScoredQuestion, 'correctOptionIds' | 'selectedOptionIds'>,
): boolean {
  const selected = new Set(q.selectedOptionIds);
  return (
    selected.size === q.correctOptionIds.length &&
    q.correctOptionIds.every((id) => selected.has(id))
  );
}

/** Score 0..100 with two decimals, weighted by points; an empty test scores 0. */
export function scoreAttempt(questions: readonly ScoredQuestion[]): {
  score: number;
  correct: boolean[];
} {
  const correct = questions.map(isAnsweredCorrectly);
  const total = questions.reduce((sum, q) => sum + q.points, 0);
  const earned = questions.reduce((sum, q, i) => sum + (correct[i] ? q.points : 0), 0);
  // Two decimals, the same half-away-from-zero rounding the JP rules use.
  return { score: total === 0 ? 0 : roundJp((earned * 100) / total), correct };
}

/** Fisher–Yates with a caller-supplied random source (crypto in production, seeded in tests). */
export function shuffled<T>(items: readonly T[], randomInt: (maxExclusive: number) => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = randomInt(i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
