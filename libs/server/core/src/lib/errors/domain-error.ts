/** The error codes the outer contract promises to clients (contract.md, "GraphQL"). */
export type ClientErrorCode =
  'UNAUTHENTICATED' | 'FORBIDDEN' | 'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT';

/**
 * Every rule a service enforces fails with a subclass of this error; the GraphQL error formatter
 * maps it to `extensions.code` in one place, so resolvers never catch and translate by hand.
 */
export abstract class DomainError extends Error {
  abstract readonly code: ClientErrorCode;
  constructor(
    message: string,
    readonly field?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

export class InvalidInputError extends DomainError {
  readonly code = 'BAD_USER_INPUT' as const;
  constructor(field: string, message: string) {
    super(message, field);
  }
}

export class ConflictError extends DomainError {
  readonly code = 'CONFLICT' as const;
  constructor(field: string, message: string) {
    super(message, field);
  }
}

export class NotFoundError extends DomainError {
  readonly code = 'NOT_FOUND' as const;
  constructor(what: string, field?: string) {
    super(`${what} not found`, field);
  }
}

export class ForbiddenError extends DomainError {
  readonly code = 'FORBIDDEN' as const;
  constructor(message = 'You are not allowed to do this') {
    super(message);
  }
}

export class UnauthenticatedError extends DomainError {
  readonly code = 'UNAUTHENTICATED' as const;
  constructor(message = 'Sign in first') {
    super(message);
  }
}

/** Too many attempts: reported as BAD_USER_INPUT would mislead, so it carries its own code. */
export class TooManyRequestsError extends Error {
  readonly code = 'TOO_MANY_REQUESTS' as const;
  constructor(readonly retryAfterSeconds: number) {
    super(`Too many attempts; try again in ${retryAfterSeconds} seconds`);
  }
}
