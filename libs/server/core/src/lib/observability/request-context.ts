import { AsyncLocalStorage } from 'node:async_hooks';

import { Injectable, NestMiddleware } from '@nestjs/common';
import type { Response } from 'express';

import type { AuthenticatedRequest } from '../auth/request-of';
import { assignRequestId } from '../logging/request-id';

export interface RequestContext {
  requestId: string;
  /** The request itself: `user` is set on it later, by the auth guard. */
  req: AuthenticatedRequest;
}

const storage = new AsyncLocalStorage<RequestContext>();

/** The HTTP request the current code runs for, or undefined (workers, boot, CLI commands). */
export function currentRequest(): RequestContext | undefined {
  return storage.getStore();
}

/**
 * Opens the request context for everything that runs on behalf of one HTTP request, so the audit
 * trail can name the request id, the caller and their IP without every service passing them down.
 */
@Injectable()
export class RequestContextMiddleware implements NestMiddleware {
  use(req: AuthenticatedRequest, res: Response, next: () => void): void {
    storage.run({ requestId: assignRequestId(req, res), req }, next);
  }
}
