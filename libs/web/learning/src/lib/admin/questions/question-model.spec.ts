import type { QuestionItemFragment } from '@lms/web/core';

import {
  draftOf,
  emptyDraft,
  markCorrect,
  optionsForKind,
  questionProblem,
  toQuestionInput,
} from './question-model';

const labels = { true: 'Benar', false: 'Salah' };

describe('question model', () => {
  it('refuses what the API refuses, with the same rule names', () => {
    const draft = {
      ...emptyDraft(),
      text: 'Apa kepanjangan SPBE?',
      options: [
        { text: 'Sistem Pemerintahan Berbasis Elektronik', correct: false },
        { text: 'Satu Data', correct: false },
      ],
    };
    expect(questionProblem({ ...draft, text: 'A?' })).toBe('questionText');
    expect(questionProblem(draft)).toBe('noCorrect');
    expect(
      questionProblem({ ...draft, options: markCorrect(draft.options, 0, 'SINGLE_CHOICE') }),
    ).toBeNull();
    expect(
      questionProblem({
        ...draft,
        options: [
          { text: 'A', correct: true },
          { text: 'a ', correct: false },
        ],
      }),
    ).toBe('optionText');
    expect(
      questionProblem({
        ...draft,
        options: [
          { text: 'A', correct: true },
          { text: 'B', correct: true },
        ],
      }),
    ).toBe('oneCorrect');
    expect(questionProblem({ ...draft, options: [{ text: 'A', correct: true }] })).toBe(
      'twoOptions',
    );
  });

  it('lets multiple choice have several correct options and toggles them', () => {
    let options = emptyDraft('MULTIPLE_CHOICE').options.map((o, i) => ({ ...o, text: `O${i}` }));
    options = markCorrect(options, 0, 'MULTIPLE_CHOICE');
    options = markCorrect(options, 2, 'MULTIPLE_CHOICE');
    expect(options.map((o) => o.correct)).toEqual([true, false, true, false]);
    options = markCorrect(options, 0, 'MULTIPLE_CHOICE', false);
    expect(options.map((o) => o.correct)).toEqual([false, false, true, false]);
    expect(
      questionProblem({ kind: 'MULTIPLE_CHOICE', text: 'Pilih semua', points: 1, options }),
    ).toBeNull();
  });

  it('gives true/false its two options and single choice one correct option', () => {
    const options = [
      { text: 'Salah', correct: true },
      { text: 'X', correct: false },
      { text: 'Y', correct: true },
    ];
    expect(optionsForKind(options, 'TRUE_FALSE', labels)).toEqual([
      { text: 'Benar', correct: false },
      { text: 'Salah', correct: true },
    ]);
    expect(optionsForKind(options, 'SINGLE_CHOICE', labels).map((o) => o.correct)).toEqual([
      true,
      false,
      false,
    ]);
  });

  it('round-trips a stored question in option order, trimmed', () => {
    const question = {
      id: 'q1',
      kind: 'SINGLE_CHOICE',
      text: ' Ibu kota? ',
      points: 2,
      options: [
        { id: 'b', text: 'Bandung ', correct: false, position: 1 },
        { id: 'a', text: 'Jakarta', correct: true, position: 0 },
      ],
    } as QuestionItemFragment;
    expect(toQuestionInput(draftOf(question))).toEqual({
      kind: 'SINGLE_CHOICE',
      text: 'Ibu kota?',
      points: 2,
      options: [
        { text: 'Jakarta', correct: true },
        { text: 'Bandung', correct: false },
      ],
    });
  });
});
