import { HttpHeaders } from '@angular/common/http';
import { ApolloLink } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';

import { apiErrorInfo } from './graphql-error';

/** Operations whose UNAUTHENTICATED answer means "wrong password", not "session over". */
const ANONYMOUS_OPERATIONS: readonly string[] = ['login'];

/**
 * Adds the bearer token and the UI language to every request: the API localizes its messages
 * (NIP errors, import errors) from `Accept-Language`.
 */
export function createRequestHeadersLink(
  token: () => string | null,
  lang: () => string,
): ApolloLink {
  return new SetContextLink((context) => {
    const previous = context['headers'];
    let headers = previous instanceof HttpHeaders ? previous : new HttpHeaders();
    headers = headers.set('Accept-Language', lang());
    const current = token();
    if (current) {
      headers = headers.set('Authorization', `Bearer ${current}`);
    }
    return { headers };
  });
}

/** Calls `onUnauthenticated` when the API refuses the token of a signed-in request. */
export function createSessionExpiryLink(onUnauthenticated: () => void): ApolloLink {
  return new ErrorLink(({ error, operation }) => {
    if (ANONYMOUS_OPERATIONS.includes(operation.operationName ?? '')) {
      return;
    }
    if (apiErrorInfo(error).code === 'UNAUTHENTICATED') {
      onUnauthenticated();
    }
  });
}
