import { ApolloServer } from '@apollo/server';
import { buildSchema, parse, specifiedRules, validate } from 'graphql';

import { aliasLimitRule, costLimitPlugin, depthLimitRule } from './graphql-limits';

const schema = buildSchema(`
  type Node { id: ID! child: Node items(first: Int): [Node!]! }
  type Query { node: Node nodes(first: Int): [Node!] }
`);

const errorsOf = (query: string, rule: ReturnType<typeof depthLimitRule>) =>
  validate(schema, parse(query), [...specifiedRules, rule]).map((e) => e.message);

describe('depthLimitRule', () => {
  const rule = depthLimitRule(3);

  it('allows operations up to the limit and refuses deeper ones', () => {
    expect(errorsOf('{ node { child { id } } }', rule)).toEqual([]);
    expect(errorsOf('query Deep { node { child { child { id } } } }', rule)).toEqual([
      'Operation "Deep" is nested 4 levels deep; at most 3 are allowed',
    ]);
  });

  it('follows fragments and inline fragments', () => {
    const query = `
      { node { ...A } }
      fragment A on Node { child { ... on Node { child { id } } } }`;
    expect(errorsOf(query, rule)).toEqual([
      'Operation is nested 4 levels deep; at most 3 are allowed',
    ]);
  });

  it('stops on fragment cycles (reported by the standard rule) instead of looping', () => {
    const query = `{ node { ...A } } fragment A on Node { child { ...A } }`;
    expect(errorsOf(query, rule)).toEqual(['Cannot spread fragment "A" within itself.']);
  });

  it('does not count introspection subtrees', () => {
    expect(
      errorsOf('{ __schema { types { fields { type { ofType { name } } } } } }', rule),
    ).toEqual([]);
  });
});

describe('aliasLimitRule', () => {
  const rule = aliasLimitRule(2);

  it('counts aliases in the whole document, fragments included, and reports once', () => {
    expect(errorsOf('{ a: node { id } b: node { id } }', rule)).toEqual([]);
    expect(
      errorsOf('{ a: node { x: id } b: node { ...F } } fragment F on Node { y: id z: id }', rule),
    ).toEqual(['At most 2 aliased fields are allowed in one request']);
  });
});

describe('costLimitPlugin', () => {
  const server = new ApolloServer({
    schema,
    plugins: [costLimitPlugin(100)],
  });

  beforeAll(() => server.start());
  afterAll(() => server.stop());

  const run = (query: string, variables?: Record<string, unknown>) =>
    server.executeOperation({ query, variables });

  it('multiplies by the page size, read from variables too', async () => {
    const cheap = await run('query($n: Int) { nodes(first: $n) { id child { id } } }', { n: 10 });
    expect(cheap.body.kind === 'single' && cheap.body.singleResult.errors).toBeUndefined();
    const costly = await run('query($n: Int) { nodes(first: $n) { id child { id } } }', {
      n: 50,
    });
    expect(costly.http.status).toBe(400);
    expect(costly.body.kind === 'single' && costly.body.singleResult.errors?.[0]).toMatchObject({
      message: expect.stringContaining('too expensive (estimated cost 151, at most 100)'),
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
  });

  it('multiplies nested pages', async () => {
    const res = await run('{ nodes(first: 10) { items(first: 10) { id } } }');
    expect(res.http.status).toBe(400);
  });

  it('leaves variables that do not coerce to execution, which names them', async () => {
    const res = await run('query($n: Int) { nodes(first: $n) { id } }', { n: 'many' });
    expect(res.body.kind === 'single' && res.body.singleResult.errors?.[0].message).toMatch(
      /Variable "\$n"/,
    );
  });
});
