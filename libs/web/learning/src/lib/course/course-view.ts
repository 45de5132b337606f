import type { CourseOutlineFragment, CourseProgressItemFragment } from '@lms/web/core';

/**
 * A course as a page shows it: the outline, and the learner's progress in it (null when an
 * organizer previews the course as a learner would see it).
 */
export interface CourseView {
  course: CourseOutlineFragment;
  progress: CourseProgressItemFragment | null;
}

/** Router links of the learner's course pages, or of the organizer's preview of them. */
export function courseLinks(courseId: string, preview: boolean) {
  const base = preview ? ['/kursus', courseId, 'pratinjau'] : ['/katalog', courseId];
  return {
    course: base,
    lesson: (lessonId: string) => [...base, 'pelajaran', lessonId],
    test: (kind: 'PRE' | 'POST') => [...base, 'tes', kind === 'PRE' ? 'pre' : 'post'],
    back: preview ? ['/kursus', courseId] : ['/katalog'],
  };
}
