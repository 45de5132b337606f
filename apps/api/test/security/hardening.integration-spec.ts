import { randomBytes } from 'node:crypto';

import { REDIS } from '@lms/server/core';
import { Role } from '@lms/shared/domain';
import type { Redis } from 'ioredis';

import { Fixtures } from '../support/fixtures';
import { startTestApp, TestApp } from '../support/test-app';

const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

const aliases = (n: number, field = 'me { id }') =>
  `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`;

describe('GraphQL and HTTP protection (development settings)', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await new Fixtures(t).user('root', [Role.ADMIN]);
  });
  afterAll(() => t?.close());

  it('refuses operations nested deeper than GRAPHQL_MAX_DEPTH', async () => {
    // Ten nested `a` fields and the `b` inside them: eleven levels.
    const deep = `{ ${'a { '.repeat(10)}b${' }'.repeat(10)} }`;
    const res = await t.gql.request(deep, {}, { token: admin });
    expect(res.status).toBe(400);
    expect(res.errors?.map((e) => e.message)).toContain(
      'Operation is nested 11 levels deep; at most 10 are allowed',
    );
    expect(res.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses more aliases than GRAPHQL_MAX_ALIASES, and allows up to it', async () => {
    const over = await t.gql.request(aliases(21), {}, { token: admin });
    expect(over.status).toBe(400);
    expect(over.errors?.[0]).toMatchObject({
      message: 'At most 20 aliased fields are allowed in one request',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    const within = await t.gql.request(aliases(20), {}, { token: admin });
    expect(within.errors).toBeUndefined();
  });

  it('refuses operations whose estimated cost exceeds GRAPHQL_MAX_COST, page sizes included', async () => {
    const page = (n: number) =>
      `employees(first: $n) { edges { node { nip fullName agency { code name region { code name } } } } }`.replace(
        '$n',
        String(n),
      );
    const query = `query($first: Int!) { ${Array.from({ length: 6 }, (_, i) => `e${i}: ${page(100).replace('first: 100', 'first: $first')}`).join(' ')} }`;
    const expensive = await t.gql.request(query, { first: 100 }, { token: admin });
    expect(expensive.status).toBe(400);
    expect(expensive.errors?.[0].message).toMatch(
      /too expensive \(estimated cost \d+, at most 5000\)/,
    );
    const cheap = await t.gql.request(query, { first: 5 }, { token: admin });
    expect(cheap.errors).toBeUndefined();
  });

  it('answers one operation per request: batches are refused', async () => {
    const res = await post(t.url, [{ query: '{ __typename }' }, { query: '{ __typename }' }]);
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/batch/i);
  });

  it('keeps CSRF prevention: simple requests a form or <img> could send are refused', async () => {
    const form = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(form.status).toBe(400);
    const get = await fetch(`${t.url}/graphql?query=${encodeURIComponent('{ __typename }')}`);
    expect(get.status).toBe(400);
    expect(await get.text()).toMatch(/CSRF/);
  });

  it('sends security headers and no framework banner', async () => {
    const res = await fetch(`${t.url}/health/live`);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('upgrade-insecure-requests');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('x-powered-by')).toBeNull();
    // PUBLIC_URL is http here: no HSTS, which would lock browsers out of a plain-http install.
    expect(res.headers.get('strict-transport-security')).toBeNull();
  });

  it('gives other origins no CORS access when CORS_ORIGINS is unset', async () => {
    const preflight = await fetch(`${t.url}/graphql`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://evil.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type,authorization',
      },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    const res = await post(t.url, { query: '{ __typename }' }, { origin: 'https://evil.example' });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses bodies over the limit and malformed JSON with 4xx, never 500', async () => {
    const huge = JSON.stringify({
      query: '{ __typename }',
      variables: { x: 'a'.repeat(26 * 1024 * 1024) },
    });
    const tooBig = await post(t.url, huge);
    expect(tooBig.status).toBe(413);
    const broken = await post(t.url, '{"query": "{ __typename }"');
    expect(broken.status).toBe(400);
    const form = await fetch(`${t.url}/admin/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `x=${'a'.repeat(200 * 1024)}`,
    });
    expect(form.status).toBe(413);
  });
});

describe('per-IP limits kept in Redis (shared by every API process)', () => {
  const prefix = `lms-throttle-${randomBytes(4).toString('hex')}`;
  const env = {
    REDIS_PREFIX: prefix,
    PUBLIC_RATE_LIMIT_PER_MINUTE: '3',
    RATE_LIMIT_PER_MINUTE: '12',
  };
  let first: TestApp;
  let second: TestApp;
  const LOGIN =
    'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken } }';

  beforeAll(async () => {
    first = await startTestApp(env);
    second = await startTestApp(env);
  });
  afterAll(async () => {
    await first?.close();
    await second?.close();
  });

  it('limits login per IP across two API processes, then answers TOO_MANY_REQUESTS', async () => {
    const attempt = (t: TestApp, i: number) =>
      t.gql.request(LOGIN, { u: `nobody-${i}`, p: 'wrong-password' });
    // Three attempts spread over both processes use up the public limit of 3 per minute.
    for (const [t, i] of [
      [first, 1],
      [second, 2],
      [first, 3],
    ] as const) {
      const res = await attempt(t, i);
      expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
    const blocked = await attempt(second, 4);
    expect(blocked.errors?.[0].extensions?.code).toBe('TOO_MANY_REQUESTS');
    expect(blocked.errors?.[0].extensions?.['retryAfterSeconds']).toBeGreaterThan(0);
    const redis = first.get<Redis>(REDIS as never);
    const unprefixed = redis.duplicate({ keyPrefix: '' });
    const raw = await unprefixed.keys(`${prefix}:*public*`);
    await unprefixed.quit();
    expect(raw.length).toBeGreaterThan(0);
  });

  it('applies the general per-IP limit to every operation, not only the public ones', async () => {
    let limited = 0;
    for (let i = 0; i < 14; i += 1) {
      const res = await first.gql.request('{ nipInfo(nip: "198503152010011001") { valid } }');
      if (res.errors?.[0].extensions?.code === 'TOO_MANY_REQUESTS') limited += 1;
    }
    // 4 logins above + 14 here = 18 requests against a limit of 12 per minute.
    expect(limited).toBeGreaterThanOrEqual(6);
  });
});

describe('production settings', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({
      NODE_ENV: 'production',
      PUBLIC_URL: 'https://lms.example.go.id',
      CORS_ORIGINS: 'https://portal.example.go.id',
    });
  });
  afterAll(() => t?.close());

  it('turns introspection off', async () => {
    const res = await t.gql.request('{ __schema { queryType { name } } }');
    expect(res.status).toBe(400);
    expect(res.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.errors?.[0].message).toMatch(/introspection/i);
  });

  it('serves no landing page or sandbox', async () => {
    const res = await fetch(`${t.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(res.headers.get('content-type') ?? '').not.toContain('text/html');
  });

  it('hides schema hints from error messages', async () => {
    const res = await t.gql.request('{ mee { id } }');
    expect(res.errors?.[0].message).not.toMatch(/did you mean/i);
  });

  it('sends HSTS for an https PUBLIC_URL', async () => {
    const res = await fetch(`${t.url}/health/live`);
    expect(res.headers.get('strict-transport-security')).toContain('max-age=');
    expect(res.headers.get('content-security-policy')).toContain('upgrade-insecure-requests');
  });

  it('allows exactly the origins in CORS_ORIGINS', async () => {
    const ask = (origin: string) =>
      fetch(`${t.url}/graphql`, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type,authorization',
        },
      });
    const allowed = await ask('https://portal.example.go.id');
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://portal.example.go.id');
    expect(allowed.headers.get('access-control-allow-headers')).toContain('authorization');
    const other = await ask('https://evil.example');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });
});
