import type { CourseEnrolmentItemFragment, LearnerAssessmentItemFragment } from '@lms/web/core';

import type { SequencedLesson } from '../lesson/lesson-sequence';

/** What the learner should do next in a course, in the order the course is meant to be taken. */
export type NextStep =
  | { kind: 'enrol' }
  | { kind: 'notSelfPaced' }
  | { kind: 'preTest'; resume: boolean }
  | { kind: 'lesson'; lessonId: string; first: boolean }
  | { kind: 'postTest'; resume: boolean }
  | { kind: 'postTestFailed' }
  | { kind: 'completed' };

export interface CourseState {
  delivery: string;
  enrolment: Pick<CourseEnrolmentItemFragment, 'status'> | null;
  completedLessonIds: readonly string[];
  preTest: LearnerAssessmentItemFragment | null;
  postTest: LearnerAssessmentItemFragment | null;
}

/**
 * The pre-test comes first (it measures what the learner knew before the lessons), then the
 * lessons in order, then the post-test. The server completes the course once every lesson is done
 * and the post-test is passed; this only guides, it enforces nothing.
 */
export function nextStep(state: CourseState, lessons: readonly SequencedLesson[]): NextStep {
  if (state.enrolment?.status === 'COMPLETED') {
    return { kind: 'completed' };
  }
  if (!state.enrolment) {
    return state.delivery === 'ONLINE' ? { kind: 'enrol' } : { kind: 'notSelfPaced' };
  }
  const pre = state.preTest;
  if (pre && (pre.openAttemptId || pre.attemptsUsed === 0)) {
    return { kind: 'preTest', resume: !!pre.openAttemptId };
  }
  const done = new Set(state.completedLessonIds);
  const pending = lessons.find((item) => !done.has(item.lesson.id));
  if (pending) {
    return { kind: 'lesson', lessonId: pending.lesson.id, first: done.size === 0 };
  }
  const post = state.postTest;
  if (post && !post.passed) {
    if (post.openAttemptId) {
      return { kind: 'postTest', resume: true };
    }
    return post.attemptsLeft === 0
      ? { kind: 'postTestFailed' }
      : { kind: 'postTest', resume: false };
  }
  return { kind: 'completed' };
}

/** The URL segment of a test kind (`/tes/pre`, `/tes/post`) and back. */
export type TestSlug = 'pre' | 'post';

export function testSlug(kind: 'PRE' | 'POST'): TestSlug {
  return kind === 'PRE' ? 'pre' : 'post';
}

export function testKind(slug: string): 'PRE' | 'POST' | null {
  return slug === 'pre' ? 'PRE' : slug === 'post' ? 'POST' : null;
}
