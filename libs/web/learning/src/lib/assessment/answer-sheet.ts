import type { AnswerInput, AttemptQuestionItemFragment, QuestionKind } from '@lms/web/core';

/** The options chosen per question id, as the learner sees them before submitting. */
export type AnswerSheet = Readonly<Record<string, readonly string[]>>;

/** Starts from what the server saved, so a resumed attempt shows earlier choices. */
export function sheetOf(questions: readonly AttemptQuestionItemFragment[]): AnswerSheet {
  return Object.fromEntries(questions.map((q) => [q.id, [...q.selectedOptionIds]]));
}

/**
 * A multiple-choice question toggles the option; the others (single choice, true/false) hold
 * exactly the option chosen last.
 */
export function choose(
  sheet: AnswerSheet,
  question: { id: string; kind: QuestionKind },
  optionId: string,
  checked = true,
): AnswerSheet {
  const current = sheet[question.id] ?? [];
  let next: readonly string[];
  if (question.kind === 'MULTIPLE_CHOICE') {
    next = checked
      ? current.includes(optionId)
        ? current
        : [...current, optionId]
      : current.filter((id) => id !== optionId);
  } else {
    next = checked ? [optionId] : current.filter((id) => id !== optionId);
  }
  return { ...sheet, [question.id]: next };
}

export function answersOf(sheet: AnswerSheet, questions: readonly { id: string }[]): AnswerInput[] {
  return questions.map((q) => ({ questionId: q.id, optionIds: [...(sheet[q.id] ?? [])] }));
}

export function unansweredCount(sheet: AnswerSheet, questions: readonly { id: string }[]): number {
  return questions.filter((q) => (sheet[q.id] ?? []).length === 0).length;
}
