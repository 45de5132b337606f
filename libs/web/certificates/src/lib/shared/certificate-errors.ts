import type { ApiErrorInfo } from '@lms/web/core';

/** The certification API's refusals the dictionary explains (`certificates.serverErrors.*`). */
const RULES: readonly { field: string; pattern: RegExp; key: string }[] = [
  { field: 'trainingId', pattern: /no COMPLETED enrollment/i, key: 'nothingToCertify' },
  { field: 'trainingId', pattern: /./, key: 'training' },
  { field: 'reason', pattern: /say why/i, key: 'reasonRequired' },
  { field: 'reason', pattern: /at most/i, key: 'reasonLength' },
  { field: 'id', pattern: /already revoked/i, key: 'alreadyRevoked' },
  { field: 'id', pattern: /being rendered/i, key: 'rendering' },
];

/** The dictionary key for a refusal, or null to show the API's own text. */
export function certificateErrorKey(info: ApiErrorInfo): string | null {
  const field = info.field ?? '';
  const message = info.message ?? '';
  return RULES.find((r) => r.field === field && r.pattern.test(message))?.key ?? null;
}
