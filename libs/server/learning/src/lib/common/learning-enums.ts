import { CompetencyType } from '@lms/shared/domain';
import { registerEnumType } from '@nestjs/graphql';

/**
 * The contract's `CompetencyType` enum is registered here, once, for the whole API; other areas
 * that expose it (training, indicators) reuse this registration by importing this lib.
 */
registerEnumType(CompetencyType, { name: 'CompetencyType' });

/** How a course is delivered: only ONLINE courses are self-paced (learners enrol themselves). */
export const CourseDelivery = Object.freeze({
  ONLINE: 'ONLINE',
  FACE_TO_FACE: 'FACE_TO_FACE',
  BLENDED: 'BLENDED',
} as const);
export type CourseDelivery = (typeof CourseDelivery)[keyof typeof CourseDelivery];
registerEnumType(CourseDelivery, { name: 'CourseDelivery' });

/** DRAFT → PUBLISHED → ARCHIVED; learners see only PUBLISHED courses. */
export const CourseStatus = Object.freeze({
  DRAFT: 'DRAFT',
  PUBLISHED: 'PUBLISHED',
  ARCHIVED: 'ARCHIVED',
} as const);
export type CourseStatus = (typeof CourseStatus)[keyof typeof CourseStatus];
registerEnumType(CourseStatus, { name: 'CourseStatus' });

/** Where a JP ledger row came from; together with `sourceRef` it makes crediting idempotent. */
export const LearningSource = Object.freeze({
  SELF_PACED: 'SELF_PACED',
  BIMTEK: 'BIMTEK',
  IMPORT: 'IMPORT',
} as const);
export type LearningSource = (typeof LearningSource)[keyof typeof LearningSource];
registerEnumType(LearningSource, { name: 'LearningSource' });

export const QuestionKind = Object.freeze({
  SINGLE_CHOICE: 'SINGLE_CHOICE',
  MULTIPLE_CHOICE: 'MULTIPLE_CHOICE',
  TRUE_FALSE: 'TRUE_FALSE',
} as const);
export type QuestionKind = (typeof QuestionKind)[keyof typeof QuestionKind];
registerEnumType(QuestionKind, { name: 'QuestionKind' });

/** A course has at most one test of each kind; the gain is POST minus PRE. */
export const AssessmentKind = Object.freeze({ PRE: 'PRE', POST: 'POST' } as const);
export type AssessmentKind = (typeof AssessmentKind)[keyof typeof AssessmentKind];
registerEnumType(AssessmentKind, { name: 'AssessmentKind' });

export const AttemptStatus = Object.freeze({
  IN_PROGRESS: 'IN_PROGRESS',
  SUBMITTED: 'SUBMITTED',
} as const);
export type AttemptStatus = (typeof AttemptStatus)[keyof typeof AttemptStatus];
registerEnumType(AttemptStatus, { name: 'AttemptStatus' });

/** What a lesson mainly holds; its matching field is required. */
export const LessonKind = Object.freeze({
  TEXT: 'TEXT',
  VIDEO: 'VIDEO',
  FILE: 'FILE',
  LINK: 'LINK',
} as const);
export type LessonKind = (typeof LessonKind)[keyof typeof LessonKind];
registerEnumType(LessonKind, { name: 'LessonKind' });

export const EnrolmentStatus = Object.freeze({ ACTIVE: 'ACTIVE', COMPLETED: 'COMPLETED' } as const);
export type EnrolmentStatus = (typeof EnrolmentStatus)[keyof typeof EnrolmentStatus];
registerEnumType(EnrolmentStatus, { name: 'CourseEnrolmentStatus' });

export { CompetencyType };
