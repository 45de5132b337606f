import type { ApiErrorInfo } from '@lms/web/core';

/**
 * A failed request explained for one form: which input it names and, when the rule is one the
 * dictionary explains in both languages, the key of that explanation. The API's own text (English,
 * after the `field:` prefix) is kept as the fallback for rules the dictionary does not know.
 */
export interface FieldError {
  /** The top input field the error names (`options` for `options.0.text`), or null. */
  field: string | null;
  /** Key under `learning.serverErrors`, or null to show `detail` as it is. */
  key: string | null;
  detail: string;
  code: ApiErrorInfo['code'];
}

interface KnownRule {
  field: string | readonly string[];
  code?: ApiErrorInfo['code'];
  pattern?: RegExp;
  key: string;
}

/** The rules the learning API enforces, by the field it names; first match wins. */
const KNOWN_RULES: readonly KnownRule[] = [
  { field: 'code', code: 'CONFLICT', key: 'codeTaken' },
  { field: 'code', key: 'codeFormat' },
  { field: 'jp', key: 'jp' },
  { field: 'title', key: 'title' },
  { field: 'competencyId', key: 'competencyId' },
  { field: 'regionId', key: 'regionId' },
  { field: 'lessons', key: 'noLessons' },
  { field: 'questions', key: 'emptyTests' },
  { field: 'status', pattern: /only a DRAFT/i, key: 'notDraft' },
  { field: 'status', pattern: /already archived/i, key: 'alreadyArchived' },
  { field: 'options', pattern: /exactly two options/i, key: 'trueFalseTwo' },
  { field: 'options', pattern: /at least two options/i, key: 'twoOptions' },
  { field: 'options', pattern: /own, non-empty text|isLength|must be longer/i, key: 'optionText' },
  { field: 'options', pattern: /mark at least one/i, key: 'noCorrect' },
  { field: 'options', pattern: /exactly one correct/i, key: 'oneCorrect' },
  { field: 'text', key: 'questionText' },
  {
    field: ['body', 'videoUrl', 'externalUrl', 'fileId'],
    pattern: /is required for/i,
    key: 'lessonContent',
  },
  { field: ['videoUrl', 'externalUrl'], pattern: /URL/i, key: 'url' },
  { field: ['contentType', 'filename'], key: 'fileType' },
  { field: 'contentBase64', key: 'fileSize' },
  { field: ['courseId', 'id', 'moduleId'], pattern: /archived/i, key: 'archived' },
  { field: ['courseId', 'lessonId'], pattern: /enrol in the course/i, key: 'enrolFirst' },
  { field: 'courseId', pattern: /not open for enrolment/i, key: 'notOpen' },
  { field: 'courseId', pattern: /only ONLINE/i, key: 'notSelfPaced' },
  { field: 'kind', pattern: /attempts at this test are used/i, key: 'noAttemptsLeft' },
  { field: 'kind', pattern: /no questions yet/i, key: 'noQuestionsYet' },
  { field: 'kind', pattern: /learners have attempted/i, key: 'testInUse' },
  { field: 'attemptId', code: 'CONFLICT', key: 'alreadySubmitted' },
  { field: 'attemptId', pattern: /time limit has passed/i, key: 'timeUp' },
  { field: 'questionCount', key: 'questionCount' },
  { field: 'passingScore', key: 'passingScore' },
  { field: 'timeLimitMinutes', key: 'timeLimit' },
  { field: 'maxAttempts', key: 'maxAttempts' },
];

export function fieldError(info: ApiErrorInfo): FieldError {
  const field = info.field ? (info.field.split('.')[0] ?? null) : null;
  const raw = info.message ?? '';
  const detail =
    info.field && raw.startsWith(`${info.field}: `) ? raw.slice(info.field.length + 2) : raw;
  const rule = field
    ? KNOWN_RULES.find(
        (candidate) =>
          (typeof candidate.field === 'string'
            ? candidate.field === field
            : candidate.field.includes(field)) &&
          (!candidate.code || candidate.code === info.code) &&
          (!candidate.pattern || candidate.pattern.test(detail)),
      )
    : undefined;
  return { field, key: rule?.key ?? null, detail, code: info.code };
}
