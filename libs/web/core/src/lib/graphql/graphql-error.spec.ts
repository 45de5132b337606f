import { HttpErrorResponse, HttpHeaders } from '@angular/common/http';
import { CombinedGraphQLErrors } from '@apollo/client/errors';

import { apiErrorInfo, apiErrorMessageKey } from './graphql-error';

function graphqlError(extensions: Record<string, unknown>, message = 'failed') {
  return new CombinedGraphQLErrors({ errors: [{ message, extensions }] });
}

describe('apiErrorInfo', () => {
  it('reads the code, field and message of the first GraphQL error', () => {
    const info = apiErrorInfo(
      graphqlError({ code: 'BAD_USER_INPUT', field: 'csv' }, 'Header nip is missing'),
    );
    expect(info).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'csv',
      retryAfterSeconds: undefined,
      message: 'Header nip is missing',
    });
  });

  it('rounds the retry time of a throttled login up to whole seconds', () => {
    const info = apiErrorInfo(graphqlError({ code: 'TOO_MANY_REQUESTS', retryAfterSeconds: 41.2 }));
    expect(info.code).toBe('TOO_MANY_REQUESTS');
    expect(info.retryAfterSeconds).toBe(42);
  });

  it('ignores a missing or nonsensical retry time', () => {
    expect(apiErrorInfo(graphqlError({ code: 'TOO_MANY_REQUESTS' })).retryAfterSeconds).toBe(
      undefined,
    );
    expect(
      apiErrorInfo(graphqlError({ code: 'TOO_MANY_REQUESTS', retryAfterSeconds: 'soon' }))
        .retryAfterSeconds,
    ).toBeUndefined();
  });

  it('maps codes it does not know to UNKNOWN', () => {
    expect(apiErrorInfo(graphqlError({ code: 'INTERNAL_SERVER_ERROR' })).code).toBe('UNKNOWN');
    expect(apiErrorInfo(graphqlError({})).code).toBe('UNKNOWN');
  });

  it('treats HTTP 401 as UNAUTHENTICATED and 429 as throttling with Retry-After', () => {
    expect(apiErrorInfo(new HttpErrorResponse({ status: 401 })).code).toBe('UNAUTHENTICATED');
    const throttled = apiErrorInfo(
      new HttpErrorResponse({ status: 429, headers: new HttpHeaders({ 'Retry-After': '30' }) }),
    );
    expect(throttled).toEqual({ code: 'TOO_MANY_REQUESTS', retryAfterSeconds: 30 });
  });

  it('reports a failed connection as NETWORK', () => {
    expect(apiErrorInfo(new HttpErrorResponse({ status: 0 })).code).toBe('NETWORK');
    expect(apiErrorInfo(new HttpErrorResponse({ status: 502 })).code).toBe('NETWORK');
    expect(apiErrorInfo(new TypeError('Failed to fetch')).code).toBe('NETWORK');
  });

  it('reports anything else as UNKNOWN', () => {
    expect(apiErrorInfo('boom').code).toBe('UNKNOWN');
    expect(apiErrorInfo(new Error('bug')).code).toBe('UNKNOWN');
  });

  it('names the shared dictionary key of a code', () => {
    expect(apiErrorMessageKey({ code: 'FORBIDDEN' })).toBe('errors.FORBIDDEN');
  });
});
