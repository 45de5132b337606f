import type { CourseModuleItemFragment, LessonItemFragment } from '@lms/web/core';

export interface SequencedLesson {
  lesson: LessonItemFragment;
  module: CourseModuleItemFragment;
  /** 1-based number across the whole course. */
  number: number;
}

/** Modules by position, lessons by position inside each: the order a learner follows. */
export function orderedModules(
  modules: readonly CourseModuleItemFragment[],
): CourseModuleItemFragment[] {
  return [...modules]
    .sort((a, b) => a.position - b.position)
    .map((module) => ({
      ...module,
      lessons: [...module.lessons].sort((a, b) => a.position - b.position),
    }));
}

export function lessonSequence(modules: readonly CourseModuleItemFragment[]): SequencedLesson[] {
  let number = 0;
  return orderedModules(modules).flatMap((module) =>
    module.lessons.map((lesson) => ({ lesson, module, number: ++number })),
  );
}

export interface LessonNeighbours {
  current: SequencedLesson | null;
  previous: SequencedLesson | null;
  next: SequencedLesson | null;
}

export function neighbours(
  sequence: readonly SequencedLesson[],
  lessonId: string,
): LessonNeighbours {
  const index = sequence.findIndex((item) => item.lesson.id === lessonId);
  if (index < 0) {
    return { current: null, previous: null, next: null };
  }
  return {
    current: sequence[index] ?? null,
    previous: sequence[index - 1] ?? null,
    next: sequence[index + 1] ?? null,
  };
}
