import { HttpErrorResponse } from '@angular/common/http';
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';

/** Error codes the API puts in `extensions.code` (contract.md), plus the login throttle. */
export type ApiErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'TOO_MANY_REQUESTS';

/** What the UI needs to explain a failed request; `NETWORK` when no GraphQL answer came back. */
export interface ApiErrorInfo {
  code: ApiErrorCode | 'NETWORK' | 'UNKNOWN';
  /** The offending input field of a BAD_USER_INPUT error. */
  field?: string;
  /** Seconds until a throttled request may be retried. */
  retryAfterSeconds?: number;
  /** The server's (already localized) message of the first GraphQL error. */
  message?: string;
}

const KNOWN_CODES: readonly string[] = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'TOO_MANY_REQUESTS',
];

/** Reads the first GraphQL error of a failed Apollo request; anything else is a transport failure. */
export function apiErrorInfo(error: unknown): ApiErrorInfo {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const extensions = first?.extensions ?? {};
    const code = extensions['code'];
    const retryAfter = Number(extensions['retryAfterSeconds']);
    return {
      code:
        typeof code === 'string' && KNOWN_CODES.includes(code) ? (code as ApiErrorCode) : 'UNKNOWN',
      field: typeof extensions['field'] === 'string' ? extensions['field'] : undefined,
      retryAfterSeconds:
        Number.isFinite(retryAfter) && retryAfter > 0 ? Math.ceil(retryAfter) : undefined,
      message: first?.message,
    };
  }
  if (ServerError.is(error) && error.statusCode === 401) {
    return { code: 'UNAUTHENTICATED' };
  }
  if (error instanceof HttpErrorResponse && error.status === 401) {
    return { code: 'UNAUTHENTICATED' };
  }
  if (error instanceof HttpErrorResponse && error.status === 429) {
    const retryAfter = Number(error.headers?.get('Retry-After'));
    return {
      code: 'TOO_MANY_REQUESTS',
      retryAfterSeconds: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined,
    };
  }
  if (
    ServerError.is(error) ||
    error instanceof HttpErrorResponse ||
    (error instanceof Error && /fetch|network/i.test(error.message))
  ) {
    return { code: 'NETWORK' };
  }
  return { code: 'UNKNOWN' };
}

/** The root-dictionary key that explains an error code to people. */
export function apiErrorMessageKey(info: ApiErrorInfo): string {
  return `errors.${info.code}`;
}
