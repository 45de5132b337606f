import { provideHttpClient, withFetch } from '@angular/common/http';
import { type EnvironmentProviders, inject, makeEnvironmentProviders } from '@angular/core';
import { ApolloLink, InMemoryCache } from '@apollo/client';
import { provideApollo } from 'apollo-angular';
import { HttpLink } from 'apollo-angular/http';

import { SessionExpiry } from '../auth/session-expiry';
import { SessionStore } from '../auth/session-store';
import { LanguageService } from '../i18n/language.service';
import { createRequestHeadersLink, createSessionExpiryLink } from './graphql-links';

/** The API serves the app and GraphQL from one origin, so the path is relative. */
export const GRAPHQL_PATH = '/graphql';

export function provideLmsGraphql(): EnvironmentProviders {
  return makeEnvironmentProviders([
    provideHttpClient(withFetch()),
    provideApollo(() => {
      const store = inject(SessionStore);
      const language = inject(LanguageService);
      const expiry = inject(SessionExpiry);
      return {
        link: ApolloLink.from([
          createSessionExpiryLink(() => expiry.expire()),
          createRequestHeadersLink(
            () => store.token(),
            () => language.lang(),
          ),
          inject(HttpLink).create({ uri: GRAPHQL_PATH }),
        ]),
        cache: new InMemoryCache({
          typePolicies: {
            // Connections are paged by cursor in the component; never merge pages in the cache.
            Query: { fields: { employees: { keyArgs: ['first', 'after', 'search', 'agencyId'] } } },
          },
        }),
      };
    }),
  ]);
}
