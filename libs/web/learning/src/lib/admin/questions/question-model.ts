import type { QuestionInput, QuestionItemFragment, QuestionKind } from '@lms/web/core';

export interface OptionDraft {
  text: string;
  correct: boolean;
}

export interface QuestionDraft {
  kind: QuestionKind;
  text: string;
  points: number;
  options: OptionDraft[];
}

export const MAX_OPTIONS = 10;

export function emptyDraft(kind: QuestionKind = 'SINGLE_CHOICE'): QuestionDraft {
  return {
    kind,
    text: '',
    points: 1,
    options: [
      { text: '', correct: false },
      { text: '', correct: false },
      { text: '', correct: false },
      { text: '', correct: false },
    ],
  };
}

export function draftOf(question: QuestionItemFragment): QuestionDraft {
  return {
    kind: question.kind,
    text: question.text,
    points: question.points,
    options: [...question.options]
      .sort((a, b) => a.position - b.position)
      .map((o) => ({ text: o.text, correct: o.correct })),
  };
}

/**
 * Options after a change of kind: true/false gets its two fixed options (keeping which one was
 * correct when the texts match); single choice keeps only the first correct option.
 */
export function optionsForKind(
  options: readonly OptionDraft[],
  kind: QuestionKind,
  labels: { true: string; false: string },
): OptionDraft[] {
  if (kind === 'TRUE_FALSE') {
    const correctText = options
      .find((o) => o.correct)
      ?.text.trim()
      .toLowerCase();
    return [
      { text: labels.true, correct: correctText === labels.true.toLowerCase() },
      { text: labels.false, correct: correctText === labels.false.toLowerCase() },
    ];
  }
  if (kind === 'SINGLE_CHOICE') {
    const first = options.findIndex((o) => o.correct);
    return options.map((o, i) => ({ ...o, correct: i === first }));
  }
  return options.map((o) => ({ ...o }));
}

/** Marks option `index`: the only correct one, or toggled for multiple choice. */
export function markCorrect(
  options: readonly OptionDraft[],
  index: number,
  kind: QuestionKind,
  checked = true,
): OptionDraft[] {
  if (kind === 'MULTIPLE_CHOICE') {
    return options.map((o, i) => (i === index ? { ...o, correct: checked } : o));
  }
  return options.map((o, i) => ({ ...o, correct: i === index ? checked : false }));
}

/**
 * The API's rules for a question (QuestionBankService.checkQuestion), checked before sending;
 * answers the `learning.serverErrors` key of the first one broken, or null.
 */
export function questionProblem(draft: QuestionDraft): string | null {
  const texts = draft.options.map((o) => o.text.trim().toLowerCase());
  const correct = draft.options.filter((o) => o.correct).length;
  if (draft.text.trim().length < 3) return 'questionText';
  if (draft.kind === 'TRUE_FALSE' && draft.options.length !== 2) return 'trueFalseTwo';
  if (draft.options.length < 2) return 'twoOptions';
  if (texts.some((t) => t.length === 0) || new Set(texts).size !== texts.length)
    return 'optionText';
  if (correct === 0) return 'noCorrect';
  if (draft.kind !== 'MULTIPLE_CHOICE' && correct !== 1) return 'oneCorrect';
  return null;
}

export function toQuestionInput(draft: QuestionDraft): QuestionInput {
  return {
    kind: draft.kind,
    text: draft.text.trim(),
    points: draft.points,
    options: draft.options.map((o) => ({ text: o.text.trim(), correct: o.correct })),
  };
}
