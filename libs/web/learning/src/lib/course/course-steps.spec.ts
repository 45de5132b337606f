import type { LearnerAssessmentItemFragment, LessonItemFragment } from '@lms/web/core';

import type { SequencedLesson } from '../lesson/lesson-sequence';
import { type CourseState, nextStep, testKind, testSlug } from './course-steps';

function lesson(id: string, number: number): SequencedLesson {
  return {
    lesson: { id } as LessonItemFragment,
    module: { id: 'm1', title: 'Modul', position: 0, lessons: [] },
    number,
  };
}

function test(
  kind: 'PRE' | 'POST',
  overrides: Partial<LearnerAssessmentItemFragment> = {},
): LearnerAssessmentItemFragment {
  return {
    kind,
    questionCount: 5,
    timeLimitMinutes: 10,
    passingScore: 70,
    maxAttempts: 3,
    attemptsUsed: 0,
    attemptsLeft: 3,
    bestScore: null,
    passed: false,
    openAttemptId: null,
    ...overrides,
  };
}

const lessons = [lesson('l1', 1), lesson('l2', 2)];
const enrolled: CourseState = {
  delivery: 'ONLINE',
  enrolment: { status: 'ACTIVE' },
  completedLessonIds: [],
  preTest: test('PRE'),
  postTest: test('POST'),
};

describe('nextStep', () => {
  it('asks to enrol in a self-paced course, and explains other deliveries', () => {
    expect(nextStep({ ...enrolled, enrolment: null }, lessons)).toEqual({ kind: 'enrol' });
    expect(nextStep({ ...enrolled, enrolment: null, delivery: 'BLENDED' }, lessons)).toEqual({
      kind: 'notSelfPaced',
    });
  });

  it('starts with the pre-test, resuming an open attempt', () => {
    expect(nextStep(enrolled, lessons)).toEqual({ kind: 'preTest', resume: false });
    expect(
      nextStep(
        { ...enrolled, preTest: test('PRE', { attemptsUsed: 1, openAttemptId: 'a1' }) },
        lessons,
      ),
    ).toEqual({ kind: 'preTest', resume: true });
  });

  it('goes through the lessons in order once the pre-test is taken, passed or not', () => {
    const afterPre = { ...enrolled, preTest: test('PRE', { attemptsUsed: 1, bestScore: 20 }) };
    expect(nextStep(afterPre, lessons)).toEqual({ kind: 'lesson', lessonId: 'l1', first: true });
    expect(nextStep({ ...afterPre, completedLessonIds: ['l1'] }, lessons)).toEqual({
      kind: 'lesson',
      lessonId: 'l2',
      first: false,
    });
  });

  it('then the post-test, until it is passed or no attempt is left', () => {
    const lessonsDone = {
      ...enrolled,
      preTest: null,
      completedLessonIds: ['l1', 'l2'],
    };
    expect(nextStep(lessonsDone, lessons)).toEqual({ kind: 'postTest', resume: false });
    expect(
      nextStep(
        { ...lessonsDone, postTest: test('POST', { attemptsUsed: 3, attemptsLeft: 0 }) },
        lessons,
      ),
    ).toEqual({ kind: 'postTestFailed' });
    expect(
      nextStep(
        { ...lessonsDone, postTest: test('POST', { passed: true, attemptsUsed: 1 }) },
        lessons,
      ),
    ).toEqual({ kind: 'completed' });
  });

  it('reports a completed enrolment as completed whatever else is pending', () => {
    expect(nextStep({ ...enrolled, enrolment: { status: 'COMPLETED' } }, lessons)).toEqual({
      kind: 'completed',
    });
  });
});

describe('test slugs', () => {
  it('round-trips the kinds through the URL', () => {
    expect(testKind(testSlug('PRE'))).toBe('PRE');
    expect(testKind(testSlug('POST'))).toBe('POST');
    expect(testKind('final')).toBeNull();
  });
});
