import type { AuditEventFilter } from '@lms/web/core';

/** The API's own patterns (AuditEventFilter): checked here too, so a typo never reaches it. */
export const ACTION_PATTERN = /^[a-z][A-Za-z0-9]{0,63}$/;
export const ENTITY_TYPE_PATTERN = /^[A-Z][A-Za-z0-9]{0,63}$/;

/** Operations that write the trail today; the field takes any other name too. */
export const KNOWN_ACTIONS: readonly string[] = [
  'login',
  'loginFailed',
  'createUser',
  'createRegion',
  'createAgency',
  'importEmployees',
  'importTrainingRecords',
  'createCompetency',
  'createCourse',
  'updateCourse',
  'publishCourse',
  'archiveCourse',
  'addCourseModule',
  'updateCourseModule',
  'removeCourseModule',
  'addLesson',
  'updateLesson',
  'removeLesson',
  'uploadLearningFile',
  'createQuestion',
  'updateQuestion',
  'removeQuestion',
  'configureAssessment',
  'removeAssessment',
  'enrolInCourse',
  'completeLesson',
  'startAttempt',
  'submitAttempt',
  'attemptExpired',
  'completeCourse',
  'scheduleTraining',
  'changeTrainingCapacity',
  'setTrainingInstructors',
  'cancelTraining',
  'registerForTraining',
  'enrollEmployees',
  'withdrawFromTraining',
  'approveEnrollment',
  'promoteEnrollment',
  'rejectEnrollment',
  'cancelEnrollment',
  'recordAttendance',
  'completeTraining',
  'issueCertificates',
  'revokeCertificate',
  'reissueCertificate',
  'updateCertificateSettings',
];

export const KNOWN_ENTITY_TYPES: readonly string[] = [
  'User',
  'Region',
  'Agency',
  'Employee',
  'Competency',
  'Course',
  'CourseModule',
  'Lesson',
  'LearningFile',
  'Question',
  'Assessment',
  'CourseEnrolment',
  'AssessmentAttempt',
  'Training',
  'Enrollment',
  'LearningRecord',
  'CertificateSettings',
  'CertificateIssuance',
  'Certificate',
];

/** What the filter form holds: text as typed, dates as `YYYY-MM-DD` from the date inputs. */
export interface AuditFilterForm {
  action: string;
  actorId: string | null;
  entityType: string;
  regionId: string | null;
  from: string;
  to: string;
}

export const EMPTY_FILTER: AuditFilterForm = {
  action: '',
  actorId: null,
  entityType: '',
  regionId: null,
  from: '',
  to: '',
};

export type AuditFilterProblem = 'action' | 'entityType' | 'dateOrder';

export type AuditFilterResult =
  { ok: true; filter: AuditEventFilter } | { ok: false; problems: AuditFilterProblem[] };

/** Local midnight of a `YYYY-MM-DD` date: the day as the admin's calendar shows it. */
function startOfDay(iso: string): Date {
  const [year, month, day] = iso.split('-').map(Number);
  return new Date(year, month - 1, day);
}

/**
 * The API filter of the form: empty fields left out, `to` taken as the end of that day (so one day
 * in both fields shows that day), and every problem reported at once.
 */
export function auditFilter(form: AuditFilterForm): AuditFilterResult {
  const problems: AuditFilterProblem[] = [];
  const action = form.action.trim();
  const entityType = form.entityType.trim();
  if (action && !ACTION_PATTERN.test(action)) problems.push('action');
  if (entityType && !ENTITY_TYPE_PATTERN.test(entityType)) problems.push('entityType');
  const from = form.from ? startOfDay(form.from) : null;
  const to = form.to ? new Date(startOfDay(form.to).getTime() + 24 * 60 * 60 * 1000 - 1) : null;
  if (from && to && from > to) problems.push('dateOrder');
  if (problems.length > 0) {
    return { ok: false, problems };
  }
  const filter: AuditEventFilter = {};
  if (action) filter.action = action;
  if (form.actorId) filter.actorId = form.actorId;
  if (entityType) filter.entityType = entityType;
  if (form.regionId) filter.regionId = form.regionId;
  if (from) filter.from = from.toISOString();
  if (to) filter.to = to.toISOString();
  return { ok: true, filter };
}

/** The change summary (a JSON object) as indented text, or null when it says nothing. */
export function summaryText(summary: string): string | null {
  try {
    const parsed: unknown = JSON.parse(summary);
    if (
      parsed === null ||
      (typeof parsed === 'object' && Object.keys(parsed as object).length === 0)
    ) {
      return null;
    }
    return JSON.stringify(parsed, null, 2);
  } catch {
    return summary || null;
  }
}
