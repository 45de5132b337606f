import type { CourseModuleItemFragment, LessonItemFragment } from '@lms/web/core';

import { lessonSequence, neighbours } from './lesson-sequence';

function lesson(id: string, position: number): LessonItemFragment {
  return { id, position, title: id } as LessonItemFragment;
}

const modules: CourseModuleItemFragment[] = [
  { id: 'm2', title: 'Second', position: 1, lessons: [lesson('c', 0)] },
  { id: 'm1', title: 'First', position: 0, lessons: [lesson('b', 1), lesson('a', 0)] },
];

describe('lessonSequence', () => {
  it('orders modules and their lessons by position and numbers them across the course', () => {
    expect(lessonSequence(modules).map((s) => [s.module.id, s.lesson.id, s.number])).toEqual([
      ['m1', 'a', 1],
      ['m1', 'b', 2],
      ['m2', 'c', 3],
    ]);
  });

  it('finds the lessons before and after one, across modules', () => {
    const sequence = lessonSequence(modules);
    const middle = neighbours(sequence, 'b');
    expect([middle.previous?.lesson.id, middle.current?.lesson.id, middle.next?.lesson.id]).toEqual(
      ['a', 'b', 'c'],
    );
    expect(neighbours(sequence, 'a').previous).toBeNull();
    expect(neighbours(sequence, 'c').next).toBeNull();
    expect(neighbours(sequence, 'zz').current).toBeNull();
  });
});
