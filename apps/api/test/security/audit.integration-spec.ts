import { AuditService } from '@lms/server/core';
import { Role } from '@lms/shared/domain';

import { Fixtures, PASSWORD } from '../support/fixtures';
import { startTestApp, TestApp } from '../support/test-app';

const AUDIT = `query($filter: AuditEventFilter, $first: Int, $after: String) {
  auditEvents(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id occurredAt actorId actorUsername actorRoles action entityType entityId regionId requestId ip summary } }
  }
}`;

interface Node {
  id: string;
  occurredAt: string;
  actorId: string | null;
  actorUsername: string | null;
  actorRoles: string[];
  action: string;
  entityType: string;
  entityId: string | null;
  regionId: string | null;
  requestId: string | null;
  ip: string | null;
  summary: string;
}
interface Page {
  auditEvents: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: Node }[];
  };
}

describe('audit trail', () => {
  let t: TestApp;
  let admin: string;
  let adminId: string;
  let hr: string;
  let regionA: string;

  const events = async (filter: Record<string, unknown> = {}, first = 100) =>
    (await t.gql.ok<Page>(AUDIT, { filter, first }, admin)).auditEvents;
  const count = async () =>
    Number((await t.dataSource.query('SELECT count(*)::int AS n FROM audit_events'))[0].n);

  beforeAll(async () => {
    t = await startTestApp();
    const f = new Fixtures(t);
    admin = await f.user('root', [Role.ADMIN]);
    adminId = (await t.gql.ok<{ me: { id: string } }>('{ me { id } }', {}, admin)).me.id;
    const send = (query: string, variables: Record<string, unknown>, requestId: string) =>
      t.gql.request(query, variables, { token: admin, headers: { 'x-request-id': requestId } });
    const region = await send(
      'mutation($i: CreateRegionInput!) { createRegion(input: $i) { id } }',
      { i: { code: '35.10', name: 'Kabupaten Banyuwangi', type: 'REGENCY' } },
      'req-create-region-1',
    );
    regionA = (region.data as { createRegion: { id: string } }).createRegion.id;
    await send(
      'mutation($i: CreateAgencyInput!) { createAgency(input: $i) { id } }',
      { i: { regionId: regionA, code: 'DISKOMINFO-BWI', name: 'Dinas Kominfo' } },
      'req-create-agency-1',
    );
    hr = await f.user('hr-a', [Role.HR_ANALYST], { regionId: regionA });
    await t.gql.request(
      'mutation($csv: String!) { importEmployees(csv: $csv) { created } }',
      {
        csv: `nip,full_name,email,agency_code,grade,position_title\n${f.nip()},Siti Aminah,,DISKOMINFO-BWI,III/a,Analis`,
      },
      { token: hr, headers: { 'x-request-id': 'req-import-1' } },
    );
    await t.gql.request(
      'mutation { login(username: "hr-a", password: "wrong-password") { accessToken } }',
    );
    await t.gql.request(
      'mutation { login(username: "nobody", password: "my-secret-password") { accessToken } }',
    );
  });
  afterAll(() => t?.close());

  it('records region and agency creation with the actor, region and request id', async () => {
    const [region] = (await events({ action: 'createRegion' })).edges.map((e) => e.node);
    expect(region).toMatchObject({
      actorId: adminId,
      actorUsername: 'root',
      actorRoles: ['ADMIN'],
      entityType: 'Region',
      entityId: regionA,
      regionId: regionA,
      requestId: 'req-create-region-1',
      ip: expect.stringContaining('127.0.0.1'),
    });
    expect(JSON.parse(region.summary)).toEqual({
      code: '35.10',
      name: 'Kabupaten Banyuwangi',
      type: 'REGENCY',
    });
    const [agency] = (await events({ action: 'createAgency' })).edges.map((e) => e.node);
    expect(agency).toMatchObject({ regionId: regionA, requestId: 'req-create-agency-1' });
    expect(JSON.parse(agency.summary)).toMatchObject({ code: 'DISKOMINFO-BWI' });
  });

  it('records accounts without their passwords', async () => {
    const [user] = (await events({ action: 'createUser', entityType: 'User' })).edges
      .map((e) => e.node)
      .filter((n) => JSON.parse(n.summary).username === 'hr-a');
    expect(JSON.parse(user.summary)).toEqual({
      username: 'hr-a',
      roles: ['HR_ANALYST'],
      regionId: regionA,
      employeeId: null,
    });
    expect(user.summary).not.toContain(PASSWORD);
  });

  it('records a real import run with its counts, under the importing HR analyst', async () => {
    const [run] = (await events({ action: 'importEmployees' })).edges.map((e) => e.node);
    expect(run).toMatchObject({
      actorUsername: 'hr-a',
      regionId: regionA,
      requestId: 'req-import-1',
    });
    expect(JSON.parse(run.summary)).toEqual({ rows: 1, created: 1, updated: 0, rejected: 0 });
  });

  it('records logins and failed logins, never the secret someone typed', async () => {
    const ok = (await events({ action: 'login' })).edges.map((e) => e.node);
    expect(ok.map((n) => n.actorUsername)).toEqual(expect.arrayContaining(['root', 'hr-a']));
    const failed = (await events({ action: 'loginFailed' })).edges.map((e) => e.node);
    expect(failed).toHaveLength(2);
    expect(failed.map((n) => JSON.parse(n.summary))).toEqual(
      expect.arrayContaining([{ username: 'hr-a' }, { unknownAccount: true }]),
    );
    expect(JSON.stringify(failed)).not.toContain('my-secret-password');
    expect(failed.every((n) => n.actorId === null)).toBe(true);
  });

  it('filters by actor, entity type, region and time, and pages with cursors', async () => {
    const all = await events();
    expect(all.totalCount).toBeGreaterThanOrEqual(8);
    const ids = all.edges.map((e) => Number(e.node.id));
    expect(ids).toEqual([...ids].sort((a, b) => b - a));

    const byActor = await events({ actorId: adminId });
    expect(byActor.edges.every((e) => e.node.actorId === adminId)).toBe(true);
    const inRegion = await events({ regionId: regionA, entityType: 'Agency' });
    expect(inRegion.totalCount).toBe(1);
    const future = await events({ from: new Date(Date.now() + 60_000).toISOString() });
    expect(future.totalCount).toBe(0);
    const past = await events({ to: new Date(Date.now() - 3_600_000).toISOString() });
    expect(past.totalCount).toBe(0);

    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: Page['auditEvents'] = (await t.gql.ok<Page>(AUDIT, { first: 3, after }, admin))
        .auditEvents;
      seen.push(...page.edges.map((e) => e.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(all.edges.map((e) => e.node.id));
  });

  it('answers ADMIN only, and refuses bad filters with the field named', async () => {
    expect((await t.gql.fails(AUDIT, {}, hr)).extensions?.code).toBe('FORBIDDEN');
    expect((await t.gql.fails(AUDIT, {})).extensions?.code).toBe('UNAUTHENTICATED');
    const reversed = await t.gql.fails(
      AUDIT,
      { filter: { from: '2026-02-01T00:00:00Z', to: '2026-01-01T00:00:00Z' } },
      admin,
    );
    expect(reversed.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.to' });
    const badAction = await t.gql.fails(AUDIT, { filter: { action: "x'; DROP TABLE--" } }, admin);
    expect(badAction.extensions?.code).toBe('BAD_USER_INPUT');
    const badCursor = await t.gql.fails(AUDIT, { after: 'not-a-cursor' }, admin);
    expect(badCursor.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('writes in the transaction of the change: a rolled-back change leaves no record', async () => {
    const audit = t.get(AuditService);
    const before = await count();
    await expect(
      t.dataSource.transaction(async (manager) => {
        await audit.record(manager, { action: 'createRegion', entityType: 'Region', actor: null });
        throw new Error('the write failed after its record');
      }),
    ).rejects.toThrow('the write failed');
    expect(await count()).toBe(before);
    await expect(
      audit.record(t.dataSource.manager, { action: 'createRegion', entityType: 'Region' }),
    ).rejects.toThrow(/inside the transaction/);
    expect(await count()).toBe(before);
  });

  it('leaves no record when the write itself fails (duplicate region code)', async () => {
    const before = await count();
    const dup = await t.gql.fails(
      'mutation($i: CreateRegionInput!) { createRegion(input: $i) { id } }',
      { i: { code: '35.10', name: 'Duplikat', type: 'REGENCY' } },
      admin,
    );
    expect(dup.extensions?.code).toBe('CONFLICT');
    expect(await count()).toBe(before);
  });

  it('is append-only in the database', async () => {
    await expect(t.dataSource.query(`UPDATE audit_events SET action = 'login'`)).rejects.toThrow(
      /append-only/,
    );
    await expect(t.dataSource.query('DELETE FROM audit_events')).rejects.toThrow(/append-only/);
    await expect(t.dataSource.query('TRUNCATE audit_events')).rejects.toThrow(/append-only/);
  });
});
