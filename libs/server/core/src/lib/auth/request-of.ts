import type { Request } from 'express';

import type { AuthUser } from './auth-user';

export type AuthenticatedRequest = Request & { user?: AuthUser };

/** The HTTP request behind a GraphQL context (the context is built in the API's GraphQL setup). */
export function requestOf(gqlContext: unknown): AuthenticatedRequest | undefined {
  return (gqlContext as { req?: AuthenticatedRequest } | undefined)?.req;
}
