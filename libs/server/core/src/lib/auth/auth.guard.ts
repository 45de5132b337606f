import type { Role } from '@lms/shared/domain';
import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';

import { ForbiddenError, UnauthenticatedError } from '../errors/domain-error';
import { PUBLIC_KEY, ROLES_KEY } from './auth.decorators';
import { AuthenticatedRequest, requestOf } from './request-of';
import { TokenService } from './token.service';

/**
 * Registered once as the global guard: every resolver and route needs a valid token unless marked
 * @Public(), and then one of its @RequiresRole() roles. Token first, roles second (see RequiresRole).
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const req = this.requestFrom(context);
    const targets = [context.getHandler(), context.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets) ?? false;

    const header = req?.headers?.authorization;
    const token = typeof header === 'string' ? /^Bearer\s+(.+)$/i.exec(header)?.[1] : undefined;
    const user = token ? this.tokens.verify(token) : null;
    if (req && user) req.user = user;
    if (isPublic) return true;
    if (!user)
      throw new UnauthenticatedError(
        token ? 'The access token is invalid or has expired' : undefined,
      );

    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (roles?.length && !roles.some((r) => user.roles.includes(r))) throw new ForbiddenError();
    return true;
  }

  private requestFrom(context: ExecutionContext): AuthenticatedRequest | undefined {
    if (context.getType<string>() === 'graphql') {
      return requestOf(GqlExecutionContext.create(context).getContext());
    }
    return context.switchToHttp().getRequest<AuthenticatedRequest>();
  }
}
