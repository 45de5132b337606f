import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { GraphQLSchemaHost } from '@nestjs/graphql';
import { GraphQLObjectType, lexicographicSortSchema, printSchema } from 'graphql';

import { startTestApp, TestApp } from '../support/test-app';

const SCHEMA_FILE = join(__dirname, '../../schema.graphql');

/** Operations the outer contract (contract.md) promises; their names are exact. */
const CONTRACT_MUTATIONS = [
  'login',
  'createRegion',
  'createAgency',
  'createUser',
  'importEmployees',
];
const CONTRACT_QUERIES = ['me', 'nipInfo'];

describe('GraphQL schema', () => {
  let t: TestApp;
  let sdl: string;

  beforeAll(async () => {
    t = await startTestApp();
    const { schema } = t.get(GraphQLSchemaHost);
    sdl = printSchema(lexicographicSortSchema(schema)) + '\n';
  });

  afterAll(() => t?.close());

  it('matches the committed apps/api/schema.graphql (UPDATE_SCHEMA=1 rewrites it)', () => {
    if (process.env['UPDATE_SCHEMA'] === '1' || !existsSync(SCHEMA_FILE)) {
      writeFileSync(SCHEMA_FILE, sdl);
    }
    const committed = readFileSync(SCHEMA_FILE, 'utf8');
    if (committed !== sdl) {
      throw new Error(
        'apps/api/schema.graphql is stale: run `npm run schema:update` and commit the file (the web codegen reads it).',
      );
    }
  });

  it('offers every operation of the contract', () => {
    const { schema } = t.get(GraphQLSchemaHost);
    const fields = (type: GraphQLObjectType | null | undefined) =>
      Object.keys(type?.getFields() ?? {});
    expect(fields(schema.getMutationType())).toEqual(expect.arrayContaining(CONTRACT_MUTATIONS));
    expect(fields(schema.getQueryType())).toEqual(expect.arrayContaining(CONTRACT_QUERIES));
  });
});
