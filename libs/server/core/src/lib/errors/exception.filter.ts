import { ArgumentsHost, Catch, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { Response } from 'express';

import { ClientErrorCode, DomainError, TooManyRequestsError } from './domain-error';

const HTTP_STATUS: Record<ClientErrorCode, number> = {
  UNAUTHENTICATED: HttpStatus.UNAUTHORIZED,
  FORBIDDEN: HttpStatus.FORBIDDEN,
  BAD_USER_INPUT: HttpStatus.BAD_REQUEST,
  NOT_FOUND: HttpStatus.NOT_FOUND,
  CONFLICT: HttpStatus.CONFLICT,
};

/**
 * GraphQL errors go on to Apollo's formatter untouched (and unlogged: a rule saying no is not a
 * server fault). Plain HTTP routes get the same codes as JSON with a matching status.
 */
@Catch()
export class AppExceptionFilter extends BaseExceptionFilter {
  private readonly logger = new Logger('HTTP');

  override catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<string>() === 'graphql') return exception;
    const res = host.switchToHttp().getResponse<Response>();
    if (exception instanceof DomainError) {
      res
        .status(HTTP_STATUS[exception.code])
        .json({ code: exception.code, message: exception.message });
      return undefined;
    }
    if (exception instanceof TooManyRequestsError) {
      res
        .status(HttpStatus.TOO_MANY_REQUESTS)
        .setHeader('Retry-After', String(exception.retryAfterSeconds))
        .json({ code: exception.code, message: exception.message });
      return undefined;
    }
    if (exception instanceof HttpException) return super.catch(exception, host);
    const clientFault = bodyParserFault(exception);
    if (clientFault) {
      res.status(clientFault.status).json({ code: 'BAD_USER_INPUT', message: clientFault.message });
      return undefined;
    }
    this.logger.error(
      exception instanceof Error ? (exception.stack ?? exception.message) : String(exception),
    );
    res
      .status(HttpStatus.INTERNAL_SERVER_ERROR)
      .json({ code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error' });
    return undefined;
  }
}

/**
 * body-parser's errors (body too large, malformed JSON, bad charset) follow the http-errors
 * convention: a 4xx `status` and `expose: true`. They are the client's fault, not a 500.
 */
function bodyParserFault(exception: unknown): { status: number; message: string } | null {
  const e = exception as { status?: unknown; expose?: unknown; type?: unknown; message?: unknown };
  const fromBodyParser =
    typeof e?.type === 'string' &&
    (e.type.startsWith('entity.') || e.type.endsWith('.unsupported'));
  if (fromBodyParser && e.expose === true && typeof e.status === 'number' && e.status < 500) {
    return { status: e.status, message: String(e.message) };
  }
  return null;
}
