import { Logger } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { QueryFailedError } from 'typeorm';

import { ConflictError, InvalidInputError, NotFoundError } from './domain-error';
import { formatGraphqlError } from './graphql-error-formatter';

const resolverError = (original: Error) =>
  new GraphQLError(original.message, { path: ['field'], originalError: original });

describe('formatGraphqlError', () => {
  it('maps domain errors to their code and field', () => {
    const error = resolverError(new InvalidInputError('nip', 'nip: too short'));
    expect(formatGraphqlError({ message: 'x', path: ['field'] }, error)).toMatchObject({
      message: 'nip: too short',
      extensions: { code: 'BAD_USER_INPUT', field: 'nip' },
    });
    expect(
      formatGraphqlError({ message: 'x', path: ['f'] }, resolverError(new NotFoundError('Region')))
        .extensions,
    ).toEqual({ code: 'NOT_FOUND' });
    expect(
      formatGraphqlError(
        { message: 'x', path: ['f'] },
        resolverError(new ConflictError('code', 'dup')),
      ).extensions,
    ).toEqual({ code: 'CONFLICT', field: 'code' });
  });

  it('never lets SQL or internal text through', () => {
    const log = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const sql = new QueryFailedError(
      'SELECT secret FROM users',
      [],
      new Error('relation "users" does not exist'),
    );
    const formatted = formatGraphqlError(
      { message: sql.message, path: ['f'], extensions: { stacktrace: ['at x'] } },
      resolverError(sql),
    );
    expect(formatted).toEqual({
      message: 'Internal server error',
      path: ['f'],
      locations: undefined,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(log).toHaveBeenCalled();
  });

  it('passes request-level errors on without internals', () => {
    const formatted = formatGraphqlError(
      {
        message: 'Cannot query field "x"',
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED', stacktrace: ['…'] },
      },
      new GraphQLError('Cannot query field "x"'),
    );
    expect(formatted.extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
  });
});
