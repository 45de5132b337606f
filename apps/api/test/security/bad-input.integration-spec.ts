import { startTestApp, TestApp } from '../support/test-app';
import { Case, cases } from './bad-input-corpus';
import {
  buildSecurityWorld,
  databaseFingerprint,
  operationsInSchema,
  SecurityWorld,
} from './security-world';

describe('bad-input corpus: typed errors, never HTTP 500, never a partial write', () => {
  let t: TestApp;
  let w: SecurityWorld;
  let present: Set<string>;
  const all: Case[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    w = await buildSecurityWorld(t);
    present = operationsInSchema(t);
    all.push(...cases(w));
  });
  afterAll(() => t?.close());

  it('has a large corpus', () => {
    expect(all.length).toBeGreaterThan(60);
  });

  it('answers every case as the contract says', async () => {
    const failures: string[] = [];
    for (const c of all) {
      if (c.needs && !present.has(c.needs)) continue;
      const before = await databaseFingerprint(t);
      const res = await t.gql.request(c.query, c.variables ?? {}, {
        token: c.caller === 'NONE' ? undefined : w.tokens[c.caller ?? 'ADMIN'],
      });
      const code = res.errors?.[0]?.extensions?.code;
      const problems: string[] = [];
      if (res.status >= 500) problems.push(`HTTP ${res.status}`);
      if (code === 'INTERNAL_SERVER_ERROR') problems.push('INTERNAL_SERVER_ERROR');
      if (JSON.stringify(res.errors ?? []).match(/QueryFailedError|SELECT |INSERT |at \w+ \(/)) {
        problems.push('internal text leaked');
      }
      if (c.expect === 'OK' && res.errors?.length)
        problems.push(`expected success, got ${code}: ${res.errors[0].message}`);
      if (c.expect === 'BAD_USER_INPUT' && code !== 'BAD_USER_INPUT') {
        problems.push(`expected BAD_USER_INPUT, got ${code ?? 'success'}`);
      }
      if (c.expect === 'ANY_CLIENT_ERROR' && !res.errors?.length) {
        const result = Object.values(res.data ?? {})[0] as
          { rejected?: number; created?: number } | undefined;
        const refusedRows = result?.rejected !== undefined && !result.created;
        if (!refusedRows) problems.push('expected a client error or rejected rows');
      }
      if (c.field && res.errors?.[0]?.extensions?.field !== c.field && code === 'BAD_USER_INPUT') {
        const named = res.errors?.[0]?.extensions?.field ?? res.errors?.[0]?.message;
        if (!String(named).includes(c.field))
          problems.push(`the error does not name ${c.field}: ${named}`);
      }
      const writes = c.writes && c.expect === 'OK' && !res.errors?.length;
      if (!writes && (await databaseFingerprint(t)) !== before)
        problems.push('the database changed');
      if (problems.length) failures.push(`${c.name}: ${problems.join('; ')}`);
    }
    expect(failures).toEqual([]);
  });

  it('stores injection strings literally and leaves the tables whole', async () => {
    const names: { name: string }[] = await t.dataSource.query(
      `SELECT name FROM agencies WHERE code LIKE 'HTML-%' ORDER BY code`,
    );
    expect(names.map((n) => n.name)).toEqual([
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      '"><svg/onload=alert(1)>',
    ]);
    const [{ n }] = await t.dataSource.query('SELECT count(*)::int AS n FROM employees');
    expect(n).toBe(2);
  });
});
