import { ExecutionContext, Injectable } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { ThrottlerGuard, type ThrottlerLimitDetail } from '@nestjs/throttler';

import { TooManyRequestsError } from '../errors/domain-error';

type Req = Record<string, unknown> & { ip?: string; socket?: { remoteAddress?: string } };

/**
 * @nestjs/throttler for both HTTP routes and GraphQL resolvers, counting per client IP in Redis
 * (see SecurityModule) and failing with the same TOO_MANY_REQUESTS error as the login limiter.
 */
@Injectable()
export class RequestThrottlerGuard extends ThrottlerGuard {
  protected override getRequestResponse(context: ExecutionContext): {
    req: Record<string, unknown>;
    res: Record<string, unknown>;
  } {
    if (context.getType<string>() === 'graphql') {
      const ctx = GqlExecutionContext.create(context).getContext<{
        req: Record<string, unknown>;
        res?: Record<string, unknown>;
      }>();
      return { req: ctx.req, res: ctx.res ?? (ctx.req['res'] as Record<string, unknown>) };
    }
    const http = context.switchToHttp();
    return { req: http.getRequest(), res: http.getResponse() };
  }

  /** req.ip honours TRUST_PROXY, so a client cannot pick its own key with X-Forwarded-For. */
  protected override async getTracker(req: Req): Promise<string> {
    return req.ip ?? req.socket?.remoteAddress ?? 'unknown';
  }

  protected override async throwThrottlingException(
    _context: ExecutionContext,
    detail: ThrottlerLimitDetail,
  ): Promise<void> {
    throw new TooManyRequestsError(Math.max(1, detail.timeToBlockExpire));
  }
}
