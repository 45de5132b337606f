import type { Role } from '@lms/shared/domain';
import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';

import { AccessScope } from './access-scope';
import type { AuthUser } from './auth-user';
import { requestOf } from './request-of';

export const PUBLIC_KEY = 'lms:public';
export const ROLES_KEY = 'lms:roles';

/** Reachable without a token (login, certificate verification, health). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/**
 * Limits a resolver (class or method) to the given roles. The global AuthGuard checks the token
 * first and the roles second, so a caller without a token learns UNAUTHENTICATED, never which roles
 * would have been enough.
 */
export const RequiresRole = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

function userOf(context: ExecutionContext): AuthUser | undefined {
  const ctx = context.getType<string>() === 'graphql' ? GqlExecutionContext.create(context) : null;
  const req = ctx ? requestOf(ctx.getContext()) : context.switchToHttp().getRequest();
  return req?.user as AuthUser | undefined;
}

export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext) =>
  userOf(context),
);

/** The caller's AccessScope; resolvers pass it to services, which apply it to every query. */
export const Scope = createParamDecorator((_data: unknown, context: ExecutionContext) => {
  const user = userOf(context);
  return user ? AccessScope.of(user) : undefined;
});
