import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriverConfig } from '@nestjs/apollo';
import type { Request, Response } from 'express';

import type { AppConfig } from '../config/app-config';
import { formatGraphqlError } from '../errors/graphql-error-formatter';
import { aliasLimitRule, costLimitPlugin, depthLimitRule } from '../security/graphql-limits';
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
    // Production clients get no "did you mean …" hints about fields they were not shown.
    hideSchemaDetailsFromClientErrors: production,
    csrfPrevention: true,
    // One operation per HTTP request: batches would multiply every per-request limit.
    allowBatchedHttpRequests: false,
    // No automatic persisted queries: nothing uses them, and each process would cache its own.
    persistedQueries: false,
    validationRules: [
      depthLimitRule(config.graphqlLimits.maxDepth),
      aliasLimitRule(config.graphqlLimits.maxAliases),
    ],
    plugins: [
      costLimitPlugin(config.graphqlLimits.maxCost),
      // Nothing sets cache hints, and the default plugin wraps every field resolver: on the
      // indicators' 1,700-row answers it was a fifth of the time.
      ApolloServerPluginCacheControlDisabled(),
    ],
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
