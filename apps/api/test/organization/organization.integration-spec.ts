import { Role } from '@lms/shared/domain';

import { Fixtures } from '../support/fixtures';
import { startTestApp, TestApp } from '../support/test-app';

const CREATE_REGION = `mutation($input: CreateRegionInput!) { createRegion(input: $input) { id code name type } }`;
const CREATE_AGENCY = `mutation($input: CreateAgencyInput!) { createAgency(input: $input) { id code name region { id code } } }`;
const IMPORT = `mutation($csv: String!, $dryRun: Boolean) {
  importEmployees(csv: $csv, dryRun: $dryRun) { created updated rejected errors { line field message } }
}`;
const EMPLOYEES = `query($search: String, $agencyId: ID, $first: Int, $after: String) {
  employees(search: $search, agencyId: $agencyId, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { nip fullName agency { code } } }
  }
}`;

describe('organization: regions, agencies, employees', () => {
  let t: TestApp;
  let f: Fixtures;
  let admin: string;
  let hr: string;
  let organizer: string;
  let regionA: string;
  let regionB: string;

  const count = async (table: string) =>
    Number((await t.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n);

  beforeAll(async () => {
    t = await startTestApp();
    f = new Fixtures(t);
    admin = await f.user('root', [Role.ADMIN]);
    regionA = (
      await t.gql.ok<{ createRegion: { id: string } }>(
        CREATE_REGION,
        {
          input: { code: '35.10', name: 'Kabupaten Banyuwangi', type: 'REGENCY' },
        },
        admin,
      )
    ).createRegion.id;
    regionB = (
      await t.gql.ok<{ createRegion: { id: string } }>(
        CREATE_REGION,
        {
          input: { code: '35.77', name: 'Kota Madiun', type: 'CITY' },
        },
        admin,
      )
    ).createRegion.id;
    hr = await f.user('hr-a', [Role.HR_ANALYST], { regionId: regionA });
    organizer = await f.user('org-a', [Role.ORGANIZER], { regionId: regionA });
  });

  afterAll(() => t?.close());

  describe('createRegion', () => {
    it('rejects a duplicate code with CONFLICT on code', async () => {
      const e = await t.gql.fails(
        CREATE_REGION,
        { input: { code: '35.10', name: 'Lagi', type: 'REGENCY' } },
        admin,
      );
      expect(e.extensions).toMatchObject({ code: 'CONFLICT', field: 'code' });
    });

    it.each([
      ['a malformed code', { code: 'x', name: 'Kab', type: 'REGENCY' }, 'code'],
      ['an empty name', { code: '35.11', name: '', type: 'REGENCY' }, 'name'],
      [
        'a 100,000-character name',
        { code: '35.11', name: 'K'.repeat(100_000), type: 'REGENCY' },
        'name',
      ],
      [
        'a province code for a regency',
        { code: '35', name: 'Jawa Timur', type: 'REGENCY' },
        'code',
      ],
    ])('rejects %s, naming the field', async (_label, input, field) => {
      const e = await t.gql.fails(CREATE_REGION, { input }, admin);
      expect(e.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    });

    it('is for ADMIN only, and needs a token', async () => {
      const input = { code: '35.12', name: 'Kab', type: 'REGENCY' };
      expect((await t.gql.fails(CREATE_REGION, { input }, hr)).extensions?.code).toBe('FORBIDDEN');
      expect((await t.gql.fails(CREATE_REGION, { input })).extensions?.code).toBe(
        'UNAUTHENTICATED',
      );
      expect(await count('regions')).toBe(2);
    });
  });

  describe('createAgency', () => {
    it('lets an HR analyst create agencies in their own region only', async () => {
      const own = await t.gql.ok<{ createAgency: { region: { id: string } } }>(
        CREATE_AGENCY,
        { input: { regionId: regionA, code: 'BWI-DISKOMINFO', name: 'Dinas Kominfo' } },
        hr,
      );
      expect(own.createAgency.region.id).toBe(regionA);
      const other = await t.gql.fails(
        CREATE_AGENCY,
        { input: { regionId: regionB, code: 'MDN-X', name: 'Dinas X' } },
        hr,
      );
      expect(['FORBIDDEN', 'NOT_FOUND']).toContain(other.extensions?.code);
      expect(
        (
          await t.gql.fails(
            CREATE_AGENCY,
            { input: { regionId: regionA, code: 'Z1', name: 'Dinas Z' } },
            organizer,
          )
        ).extensions?.code,
      ).toBe('FORBIDDEN');
    });

    it('rejects duplicate codes and bad parents without writing', async () => {
      const before = await count('agencies');
      const dup = await t.gql.fails(
        CREATE_AGENCY,
        { input: { regionId: regionA, code: 'BWI-DISKOMINFO', name: 'Lagi' } },
        admin,
      );
      expect(dup.extensions).toMatchObject({ code: 'CONFLICT', field: 'code' });
      const badParent = await t.gql.fails(
        CREATE_AGENCY,
        {
          input: {
            regionId: regionA,
            code: 'BWI-Y',
            name: 'Bidang Y',
            parentId: '7f1d7a6e-0000-4000-8000-000000000000',
          },
        },
        admin,
      );
      expect(badParent.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'parentId' });
      const badId = await t.gql.fails(
        CREATE_AGENCY,
        { input: { regionId: 'nope', code: 'BWI-Y', name: 'Bidang Y' } },
        admin,
      );
      expect(badId.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'regionId' });
      expect(await count('agencies')).toBe(before);
    });
  });

  describe('importEmployees', () => {
    const nips: string[] = [];

    beforeAll(async () => {
      await f.agency(regionA, 'BWI-SETDA');
      await f.agency(regionB, 'MDN-SETDA');
      for (let i = 0; i < 4; i += 1) nips.push(f.nip({ female: i % 2 === 1 }));
    });

    it('dry-runs: reports every bad row by line and field and writes nothing', async () => {
      const csv = [
        'nip,full_name,email,agency_code,grade,position_title',
        `${nips[0]},Siti Rahmawati,siti@example.go.id,BWI-SETDA,III/a,Analis Data`,
        `123,Budi,budi@example.go.id,BWI-SETDA,III/a,Analis`,
        `${nips[1]},Agus,agus@example.go.id,NOPE,III/a,Analis`,
        `${nips[2]},Dewi,dewi@example.go.id,BWI-SETDA,V/z,Analis`,
        `${nips[3]},Rina,not-an-email,BWI-SETDA,III/b,Analis`,
        `${nips[3]},"Rina, S.Kom.",,MDN-SETDA,III/b,Analis`,
      ].join('\n');
      const before = await count('employees');
      const { importEmployees: r } = await t.gql.ok<{
        importEmployees: {
          created: number;
          rejected: number;
          errors: { line: number; field: string }[];
        };
      }>(IMPORT, { csv, dryRun: true }, hr);
      expect(r.created).toBe(1);
      expect(r.rejected).toBe(5);
      expect(r.errors.map((e) => [e.line, e.field])).toEqual([
        [3, 'nip'],
        [4, 'agency_code'],
        [5, 'grade'],
        [6, 'email'],
        [7, 'agency_code'], // another region's agency is unknown to this analyst
      ]);
      expect(await count('employees')).toBe(before);
    });

    it('imports valid rows in one go and upserts by NIP on the second run', async () => {
      const csv = [
        'nip,full_name,email,agency_code,grade,position_title',
        `${nips[0]},Siti Rahmawati,siti@example.go.id,BWI-SETDA,III/a,Analis Data`,
        `"${nips[1].slice(0, 8)} ${nips[1].slice(8, 14)} ${nips[1].slice(14, 15)} ${nips[1].slice(15)}",Agus Salim,,BWI-DISKOMINFO,III/c,Pranata Komputer`,
      ].join('\n');
      const first = await t.gql.ok<{ importEmployees: { created: number; updated: number } }>(
        IMPORT,
        { csv },
        hr,
      );
      expect(first.importEmployees).toMatchObject({ created: 2, updated: 0 });
      const second = await t.gql.ok<{ importEmployees: { created: number; updated: number } }>(
        IMPORT,
        { csv: csv.replace('Analis Data', 'Analis Kebijakan') },
        hr,
      );
      expect(second.importEmployees).toMatchObject({ created: 0, updated: 2 });
      const [row] = await t.dataSource.query(
        `SELECT position_title FROM employees WHERE nip = $1`,
        [nips[0]],
      );
      expect(row.position_title).toBe('Analis Kebijakan');
    });

    it('fails a broken file as a whole on the csv field', async () => {
      const e = await t.gql.fails(IMPORT, { csv: 'nip,full_name\n1,2' }, hr);
      expect(e.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'csv' });
      const q = await t.gql.fails(
        IMPORT,
        {
          csv: 'nip,full_name,email,agency_code,grade,position_title\n"unterminated,x,y,z,III/a,p',
        },
        hr,
      );
      expect(q.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'csv' });
    });

    it('is refused to organizers and learners', async () => {
      const e = await t.gql.fails(IMPORT, { csv: 'nip\n1' }, organizer);
      expect(e.extensions?.code).toBe('FORBIDDEN');
    });
  });

  describe('employees directory', () => {
    it('searches by name or NIP prefix within the caller scope, with cursor pages', async () => {
      const all = await t.gql.ok<{
        employees: {
          totalCount: number;
          edges: unknown[];
          pageInfo: { hasNextPage: boolean; endCursor: string };
        };
      }>(EMPLOYEES, { first: 1 }, organizer);
      expect(all.employees.totalCount).toBe(2);
      expect(all.employees.pageInfo.hasNextPage).toBe(true);
      const next = await t.gql.ok<{
        employees: { edges: { node: { fullName: string } }[]; pageInfo: { hasNextPage: boolean } };
      }>(EMPLOYEES, { first: 1, after: all.employees.pageInfo.endCursor }, organizer);
      expect(next.employees.edges[0].node.fullName).toBe('Siti Rahmawati');
      expect(next.employees.pageInfo.hasNextPage).toBe(false);
      const byName = await t.gql.ok<{ employees: { totalCount: number } }>(
        EMPLOYEES,
        { search: 'siti' },
        hr,
      );
      expect(byName.employees.totalCount).toBe(1);
      const bad = await t.gql.fails(EMPLOYEES, { after: 'garbage' }, hr);
      expect(bad.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    });
  });
});
