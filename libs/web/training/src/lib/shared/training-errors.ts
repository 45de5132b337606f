import type { ApiErrorInfo } from '@lms/web/core';

/**
 * A failed request explained: the input it names (without an `input.` prefix), the dictionary key
 * under `training.serverErrors` when the rule is one we translate, its parameters (the NIPs or the
 * date the API listed), and the API's own text as the fallback for anything else.
 */
export interface ExplainedError {
  field: string | null;
  key: string | null;
  params: Record<string, string>;
  detail: string;
  code: ApiErrorInfo['code'];
}

interface Rule {
  field: string | readonly string[];
  code?: ApiErrorInfo['code'];
  /** Must match the detail; each named group (`list`, `date`, `name`…) becomes a parameter. */
  pattern?: RegExp;
  key: string;
}

/** The rules the training and certification APIs enforce, by the field they name; first match wins. */
const RULES: readonly Rule[] = [
  { field: 'title', key: 'title' },
  { field: 'capacity', key: 'capacity' },
  { field: 'startDate', key: 'startDate' },
  { field: 'endDate', pattern: /on or after startDate/i, key: 'endBeforeStart' },
  { field: 'endDate', pattern: /at most (?<count>\d+) days/i, key: 'tooManyDays' },
  { field: 'endDate', key: 'endDate' },
  { field: 'minAttendanceRate', key: 'minAttendanceRate' },
  { field: 'meetingUrl', pattern: /is required/i, key: 'meetingUrlRequired' },
  { field: 'meetingUrl', key: 'meetingUrl' },
  { field: 'venue', key: 'venue' },
  { field: ['dailyStartTime', 'dailyEndTime'], pattern: /later than/i, key: 'endTimeBeforeStart' },
  { field: ['dailyStartTime', 'dailyEndTime'], key: 'time' },
  { field: 'registrationClosesAt', key: 'registrationCloses' },
  { field: 'registrationOpensAt', key: 'registrationOpens' },
  { field: 'courseId', pattern: /archived/i, key: 'courseArchived' },
  { field: 'courseId', pattern: /not offered/i, key: 'courseNotOffered' },
  { field: 'courseId', key: 'courseId' },
  {
    field: 'instructorIds',
    pattern:
      /^(?<name>.+) already teaches "(?<title>.*)" from (?<from>\d{4}-\d{2}-\d{2}) to (?<to>\d{4}-\d{2}-\d{2})$/i,
    key: 'instructorBooked',
  },
  { field: 'instructorIds', pattern: /active INSTRUCTOR/i, key: 'instructorsInvalid' },
  { field: 'instructorIds', key: 'instructors' },
  { field: 'agencyQuotas', pattern: /listed twice/i, key: 'quotaDuplicate' },
  { field: 'agencyQuotas', pattern: /exceeds the capacity/i, key: 'quotaOverCapacity' },
  { field: 'agencyQuotas', pattern: /class's region/i, key: 'quotaRegion' },
  { field: 'agencyQuotas', pattern: /^(?<code>\S+) lies inside/i, key: 'quotaNested' },
  { field: 'agencyQuotas', key: 'quotas' },
  { field: 'nips', pattern: /at least one/i, key: 'nipsEmpty' },
  { field: 'nips', pattern: /not a valid NIP: (?<list>.+)$/i, key: 'nipsInvalid' },
  { field: 'nips', pattern: /more than once: (?<list>.+)$/i, key: 'nipsRepeated' },
  { field: 'nips', pattern: /has NIP (?<list>.+)$/i, key: 'nipsUnknown' },
  { field: 'nips', pattern: /no longer active: (?<list>.+)$/i, key: 'nipsInactive' },
  {
    field: 'nips',
    pattern: /not a confirmed participant[^:]*: (?<list>.+)$/i,
    key: 'nipsNotConfirmed',
  },
  { field: 'nips', pattern: /quota/i, key: 'quotaFull' },
  { field: 'date', pattern: /not a day/i, key: 'dateNotInClass' },
  { field: 'date', pattern: /future/i, key: 'dateFuture' },
  { field: 'code', pattern: /no day/i, key: 'checkInClosed' },
  { field: 'code', key: 'wrongCode' },
  { field: 'trainingId', pattern: /already registered/i, key: 'alreadyRegistered' },
  { field: 'trainingId', pattern: /registration opens/i, key: 'registrationNotYet' },
  { field: 'trainingId', pattern: /registration closed/i, key: 'registrationClosed' },
  { field: 'trainingId', pattern: /has started/i, key: 'classStarted' },
  { field: 'trainingId', pattern: /no confirmed seat/i, key: 'noSeat' },
  { field: 'trainingId', pattern: /runs until (?<date>\d{4}-\d{2}-\d{2})/i, key: 'tooEarly' },
  { field: 'trainingId', pattern: /attendance is final/i, key: 'attendanceFinal' },
  { field: 'trainingId', pattern: /course is archived/i, key: 'courseArchived' },
  { field: 'trainingId', pattern: /no COMPLETED enrollment/i, key: 'nothingToCertify' },
  { field: 'trainingId', pattern: /CANCELLED|class is cancelled/, key: 'classCancelled' },
  { field: 'trainingId', pattern: /COMPLETED/, key: 'classCompleted' },
  { field: 'id', pattern: /quota/i, key: 'quotaFull' },
  { field: 'id', pattern: /not WAITLISTED/i, key: 'notWaitlisted' },
  { field: 'id', pattern: /enrollments are final/i, key: 'enrollmentsFinal' },
  { field: 'id', pattern: /already (?:revoked)/i, key: 'alreadyRevoked' },
  { field: 'id', pattern: /already|is (?:CANCELLED|REJECTED|CONFIRMED)/i, key: 'alreadyDecided' },
  { field: 'reason', pattern: /say why/i, key: 'reasonRequired' },
  { field: 'reason', key: 'reasonLength' },
];

export function explainError(info: ApiErrorInfo): ExplainedError {
  const raw = info.message ?? '';
  const fullField = info.field ?? null;
  const field = fullField ? fullField.replace(/^input\./, '').split('.')[0] || null : null;
  const detail =
    fullField && raw.startsWith(`${fullField}: `) ? raw.slice(fullField.length + 2) : raw;
  for (const rule of RULES) {
    if (!field || !matchesField(rule.field, field)) continue;
    if (rule.code && rule.code !== info.code) continue;
    const match = rule.pattern ? rule.pattern.exec(detail) : null;
    if (rule.pattern && !match) continue;
    const params: Record<string, string> = {};
    for (const [name, value] of Object.entries(match?.groups ?? {})) {
      if (value !== undefined) params[name] = value.trim();
    }
    return { field, key: rule.key, params, detail, code: info.code };
  }
  return { field, key: null, params: {}, detail, code: info.code };
}

function matchesField(ruleField: Rule['field'], field: string): boolean {
  return typeof ruleField === 'string' ? ruleField === field : ruleField.includes(field);
}
