import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed GraphQL operations for the web app, generated from the schema the API emits.
 * `npm run codegen` rewrites the committed file; `npm run codegen:check` (tools/codegen) points
 * CODEGEN_OUTPUT at a temporary file and fails when the committed one differs, so CI notices a
 * schema or document change that was not regenerated.
 */
const output = process.env['CODEGEN_OUTPUT'] ?? 'libs/web/core/src/lib/generated/graphql.ts';

const config: CodegenConfig = {
  overwrite: true,
  schema: process.env['CODEGEN_SCHEMA'] ?? 'apps/api/schema.graphql',
  documents: ['libs/web/core/src/lib/graphql/documents/**/*.graphql'],
  generates: {
    [output]: {
      plugins: ['typescript-operations', 'typed-document-node'],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
        scalars: { ID: 'string', Date: 'string', DateTime: 'string' },
        nonOptionalTypename: false,
        skipTypename: true,
        dedupeFragments: true,
      },
    },
  },
};

export default config;
