import type { CourseDelivery, CourseStatus, LessonKind, QuestionKind } from '@lms/web/core';

/** Choices offered in selects, in display order; labels come from the dictionary. */
export const COURSE_DELIVERIES: readonly CourseDelivery[] = ['ONLINE', 'BLENDED', 'FACE_TO_FACE'];
export const COURSE_STATUSES: readonly CourseStatus[] = ['DRAFT', 'PUBLISHED', 'ARCHIVED'];
export const LESSON_KINDS: readonly LessonKind[] = ['TEXT', 'VIDEO', 'FILE', 'LINK'];
export const QUESTION_KINDS: readonly QuestionKind[] = [
  'SINGLE_CHOICE',
  'MULTIPLE_CHOICE',
  'TRUE_FALSE',
];
/** Competency levels 1 (Paham) to 5 (Ahli), Permenpan RB 38/2017. */
export const LEVELS: readonly number[] = [1, 2, 3, 4, 5];

/** The material icon (registered by the learning routes) of each lesson kind. */
export const LESSON_KIND_ICONS: Readonly<Record<LessonKind, string>> = {
  TEXT: 'article',
  VIDEO: 'video',
  FILE: 'file',
  LINK: 'link',
};
