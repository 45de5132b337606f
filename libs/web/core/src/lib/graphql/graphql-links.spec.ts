import { HttpHeaders } from '@angular/common/http';
import { ApolloLink, gql } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { of, throwError } from 'rxjs';

import { createRequestHeadersLink, createSessionExpiryLink } from './graphql-links';

const ME = gql`
  query me {
    me {
      id
    }
  }
`;
const LOGIN = gql`
  mutation login($username: String!, $password: String!) {
    login(username: $username, password: $password) {
      accessToken
    }
  }
`;

/** A terminating link that records the context it was called with. */
function recordingLink(seen: { headers?: HttpHeaders }): ApolloLink {
  return new ApolloLink((operation) => {
    seen.headers = operation.getContext()['headers'] as HttpHeaders;
    return of({ data: { me: { id: '1' } } });
  });
}

function failingLink(code: string): ApolloLink {
  return new ApolloLink(() =>
    throwError(
      () => new CombinedGraphQLErrors({ errors: [{ message: code, extensions: { code } }] }),
    ),
  );
}

function run(link: ApolloLink, query = ME): Promise<unknown> {
  const client = {} as ApolloLink.ExecuteContext['client'];
  return new Promise((resolve) => {
    ApolloLink.execute(link, { query }, { client }).subscribe({
      next: resolve,
      error: resolve,
    });
  });
}

describe('createRequestHeadersLink', () => {
  it('adds the bearer token and the UI language', async () => {
    const seen: { headers?: HttpHeaders } = {};
    await run(
      ApolloLink.from([
        createRequestHeadersLink(
          () => 'jwt-1',
          () => 'en',
        ),
        recordingLink(seen),
      ]),
    );
    expect(seen.headers?.get('Authorization')).toBe('Bearer jwt-1');
    expect(seen.headers?.get('Accept-Language')).toBe('en');
  });

  it('sends no Authorization header without a token', async () => {
    const seen: { headers?: HttpHeaders } = {};
    await run(
      ApolloLink.from([
        createRequestHeadersLink(
          () => null,
          () => 'id',
        ),
        recordingLink(seen),
      ]),
    );
    expect(seen.headers?.has('Authorization')).toBe(false);
    expect(seen.headers?.get('Accept-Language')).toBe('id');
  });
});

describe('createSessionExpiryLink', () => {
  it('ends the session when a signed-in request is refused', async () => {
    const expire = jest.fn();
    await run(ApolloLink.from([createSessionExpiryLink(expire), failingLink('UNAUTHENTICATED')]));
    expect(expire).toHaveBeenCalledTimes(1);
  });

  it('leaves a wrong password to the login form', async () => {
    const expire = jest.fn();
    await run(
      ApolloLink.from([createSessionExpiryLink(expire), failingLink('UNAUTHENTICATED')]),
      LOGIN,
    );
    expect(expire).not.toHaveBeenCalled();
  });

  it('ignores other errors', async () => {
    const expire = jest.fn();
    await run(ApolloLink.from([createSessionExpiryLink(expire), failingLink('FORBIDDEN')]));
    expect(expire).not.toHaveBeenCalled();
  });
});
