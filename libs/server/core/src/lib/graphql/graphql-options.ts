import { ApolloDriverConfig } from '@nestjs/apollo';
import type { Request, Response } from 'express';

import type { AppConfig } from '../config/app-config';
import { formatGraphqlError } from '../errors/graphql-error-formatter';
import { LoaderRegistry } from './loader-registry';

/** Apollo settings shared by the API and the integration tests. */
export function graphqlOptions(config: AppConfig): Omit<ApolloDriverConfig, 'driver'> {
  const production = config.nodeEnv === 'production';
  return {
    autoSchemaFile: true,
    sortSchema: true,
    path: '/graphql',
    playground: false,
    graphiql: false,
    introspection: !production,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    autoTransformHttpErrors: false,
    formatError: formatGraphqlError,
    context: ({ req, res }: { req: Request; res: Response }) => ({
      req,
      res,
      loaders: new LoaderRegistry(),
    }),
  };
}
