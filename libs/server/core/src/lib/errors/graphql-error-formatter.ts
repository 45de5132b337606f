import { unwrapResolverError } from '@apollo/server/errors';
import { HttpException, Logger } from '@nestjs/common';
import type { GraphQLFormattedError } from 'graphql';
import { QueryFailedError } from 'typeorm';

import { DomainError, TooManyRequestsError } from './domain-error';

const logger = new Logger('GraphQLError');

/** Errors Apollo raises before any resolver runs: safe to pass on, they describe the request. */
const REQUEST_LEVEL_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

const HTTP_STATUS_CODES: Record<number, string> = {
  400: 'BAD_USER_INPUT',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  413: 'BAD_USER_INPUT',
  429: 'TOO_MANY_REQUESTS',
};

function pick(
  formatted: GraphQLFormattedError,
  message: string,
  extensions: Record<string, unknown>,
) {
  return { message, path: formatted.path, locations: formatted.locations, extensions };
}

/**
 * The one place where errors become what a client sees. Anything not recognised is logged with its
 * cause and reaches the client only as "Internal server error": no SQL, stack or internal text.
 */
export function formatGraphqlError(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError {
  const original = unwrapResolverError(error);

  if (original instanceof DomainError) {
    return pick(formatted, original.message, {
      code: original.code,
      ...(original.field ? { field: original.field } : {}),
    });
  }
  if (original instanceof TooManyRequestsError) {
    return pick(formatted, original.message, {
      code: original.code,
      retryAfterSeconds: original.retryAfterSeconds,
    });
  }
  if (original instanceof HttpException) {
    const status = original.getStatus();
    const code = HTTP_STATUS_CODES[status];
    if (code) return pick(formatted, original.message, { code });
  }
  if (original instanceof QueryFailedError) {
    const driverError = (original as QueryFailedError & { driverError?: { code?: string } })
      .driverError;
    // A unique index caught a race the service's own check could not see.
    if (driverError?.code === '23505') {
      return pick(formatted, 'A record with the same key already exists', { code: 'CONFLICT' });
    }
  }
  const code = formatted.extensions?.['code'];
  const isResolverError = formatted.path !== undefined;
  if (typeof code === 'string' && REQUEST_LEVEL_CODES.has(code) && !isResolverError) {
    return pick(formatted, formatted.message, { code });
  }

  logger.error(original instanceof Error ? (original.stack ?? original.message) : String(original));
  return pick(formatted, 'Internal server error', { code: 'INTERNAL_SERVER_ERROR' });
}
