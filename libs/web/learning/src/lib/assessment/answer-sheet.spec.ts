import type { AttemptQuestionItemFragment } from '@lms/web/core';

import { answersOf, choose, sheetOf, unansweredCount } from './answer-sheet';

const single = { id: 'q1', kind: 'SINGLE_CHOICE' as const };
const multiple = { id: 'q2', kind: 'MULTIPLE_CHOICE' as const };
const trueFalse = { id: 'q3', kind: 'TRUE_FALSE' as const };

describe('answer sheet', () => {
  it('starts from the answers the server saved', () => {
    const questions = [
      { ...single, selectedOptionIds: ['a'] },
      { ...multiple, selectedOptionIds: [] },
    ] as unknown as AttemptQuestionItemFragment[];
    expect(sheetOf(questions)).toEqual({ q1: ['a'], q2: [] });
  });

  it('keeps one option for single choice and true/false', () => {
    let sheet = choose({}, single, 'a');
    sheet = choose(sheet, single, 'b');
    expect(sheet['q1']).toEqual(['b']);
    expect(choose({}, trueFalse, 'true')['q3']).toEqual(['true']);
  });

  it('toggles options of a multiple-choice question', () => {
    let sheet = choose({}, multiple, 'a');
    sheet = choose(sheet, multiple, 'c');
    sheet = choose(sheet, multiple, 'a', true);
    expect(sheet['q2']).toEqual(['a', 'c']);
    sheet = choose(sheet, multiple, 'a', false);
    expect(sheet['q2']).toEqual(['c']);
  });

  it('sends an answer for every question and counts the empty ones', () => {
    const sheet = choose({}, single, 'a');
    const questions = [single, multiple];
    expect(answersOf(sheet, questions)).toEqual([
      { questionId: 'q1', optionIds: ['a'] },
      { questionId: 'q2', optionIds: [] },
    ]);
    expect(unansweredCount(sheet, questions)).toBe(1);
  });
});
