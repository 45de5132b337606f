import { randomUUID } from 'node:crypto';

import { Role } from '@lms/shared/domain';
import { GraphQLSchemaHost } from '@nestjs/graphql';

import { Fixtures } from '../support/fixtures';
import type { TestApp } from '../support/test-app';

export type Caller = 'ADMIN' | 'ORGANIZER' | 'INSTRUCTOR' | 'HR_ANALYST' | 'LEARNER' | 'NONE';
export const CALLERS: Caller[] = [
  'ADMIN',
  'ORGANIZER',
  'INSTRUCTOR',
  'HR_ANALYST',
  'LEARNER',
  'NONE',
];

/** Two regions with an agency, an employee and one account of every role each (A is "own"). */
export interface SecurityWorld {
  regionA: string;
  regionB: string;
  agencyA: string;
  agencyB: string;
  nipA: string;
  nipB: string;
  tokens: Record<Caller, string | undefined>;
}

export async function buildSecurityWorld(t: TestApp): Promise<SecurityWorld> {
  const f = new Fixtures(t);
  const regionA = (await f.region('35.10', 'Kabupaten Banyuwangi')).id;
  const regionB = (await f.region('35.25', 'Kabupaten Gresik')).id;
  await f.agency(regionA, 'DISKOMINFO-A');
  await f.agency(regionB, 'DISKOMINFO-B');
  const [agencyA, agencyB] = await Promise.all(
    ['DISKOMINFO-A', 'DISKOMINFO-B'].map(
      async (code) =>
        (await t.dataSource.query('SELECT id FROM agencies WHERE code = $1', [code]))[0]
          .id as string,
    ),
  );
  const nipA = f.nip();
  const nipB = f.nip();
  await f.employees([
    { nip: nipA, name: 'Budi Santoso', agencyCode: 'DISKOMINFO-A' },
    { nip: nipB, name: 'Ani Lestari', agencyCode: 'DISKOMINFO-B' },
  ]);
  const scoped = { regionId: regionA };
  const tokens: Record<Caller, string | undefined> = {
    ADMIN: await f.user('sec-admin', [Role.ADMIN]),
    ORGANIZER: await f.user('sec-organizer', [Role.ORGANIZER], scoped),
    INSTRUCTOR: await f.user('sec-instructor', [Role.INSTRUCTOR], scoped),
    HR_ANALYST: await f.user('sec-hr', [Role.HR_ANALYST], scoped),
    LEARNER: await f.user('sec-learner', [Role.LEARNER], { employeeNip: nipA }),
    NONE: undefined,
  };
  return { regionA, regionB, agencyA, agencyB, nipA, nipB, tokens };
}

/**
 * Every row of every table except the audit trail (which records refused logins by design), as
 * one fingerprint: a refused or invalid call must leave it exactly as it was.
 */
export async function databaseFingerprint(t: TestApp): Promise<string> {
  const tables: { name: string }[] = await t.dataSource.query(
    `SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE'
        AND table_name NOT IN ('audit_events', 'schema_migrations')
      ORDER BY table_name`,
  );
  const parts = await Promise.all(
    tables.map(async ({ name }) => {
      const [row] = await t.dataSource.query(
        `SELECT count(*)::int AS n, md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) AS h FROM "${name}" x`,
      );
      return `${name}:${row.n}:${row.h}`;
    }),
  );
  return parts.join('\n');
}

export function operationsInSchema(t: TestApp): Set<string> {
  const { schema } = t.get(GraphQLSchemaHost);
  return new Set([
    ...Object.keys(schema.getQueryType()?.getFields() ?? {}),
    ...Object.keys(schema.getMutationType()?.getFields() ?? {}),
  ]);
}

export const someId = () => randomUUID();
