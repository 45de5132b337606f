import type { SecurityWorld } from './security-world';

/**
 * The bad-input corpus of bad-input.integration-spec.ts, by subject: invalid NIPs, reversed dates
 * and negative numbers, 1 MB strings, SQL and HTML injection, malformed CSV, wrong types.
 */
const MB = 'x'.repeat(1024 * 1024);
const SQL = ["' OR '1'='1", "'; DROP TABLE employees; --", '1; SELECT pg_sleep(5)', "\\'; --"];
const HTML = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg/onload=alert(1)>',
];
const BAD_NIPS = [
  '',
  '1985031520100110',
  '19850315201001100A',
  '19851332201001 1 001',
  '198503152010013001',
  '198503152010011000',
  '200503152010011001',
  '１９８５０３１５２０１００１１００１',
];
const HEADER = 'nip,full_name,email,agency_code,grade,position_title';

type Expect = 'BAD_USER_INPUT' | 'OK' | 'ANY_CLIENT_ERROR';
export interface Case {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
  caller?: 'ADMIN' | 'HR_ANALYST' | 'ORGANIZER' | 'NONE';
  expect: Expect;
  /** The operation must exist in the schema (cases for areas still being built wait for them). */
  needs?: string;
  /** Which field the error names, when the contract requires one. */
  field?: string;
  /** A successful call is allowed to write (stored literally); everything else must not. */
  writes?: boolean;
}

const REGION = 'mutation($i: CreateRegionInput!) { createRegion(input: $i) { id name } }';
const AGENCY = 'mutation($i: CreateAgencyInput!) { createAgency(input: $i) { id name } }';
const USER = 'mutation($i: CreateUserInput!) { createUser(input: $i) { id } }';
const IMPORT =
  'mutation($csv: String!, $dry: Boolean) { importEmployees(csv: $csv, dryRun: $dry) { created updated rejected errors { line field } } }';
const COURSE = 'mutation($i: CreateCourseInput!) { createCourse(input: $i) { id } }';
const LOGIN =
  'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken } }';
const EMPLOYEES = 'query($s: String, $f: Int!) { employees(search: $s, first: $f) { totalCount } }';

export function cases(w: SecurityWorld): Case[] {
  const course = (patch: Record<string, unknown>) => ({
    i: {
      code: 'SEC-C1',
      title: 'Literasi Data',
      competency: 'TECHNICAL',
      digital: true,
      jp: 8,
      regionId: w.regionA,
      ...patch,
    },
  });
  return [
    ...BAD_NIPS.map((nip): Case => ({
      name: `createUser with the invalid NIP "${nip}"`,
      query: USER,
      variables: {
        i: {
          username: 'sec-learner-2',
          password: 'rahasia-uji-456',
          roles: ['LEARNER'],
          employeeNip: nip,
        },
      },
      expect: 'BAD_USER_INPUT',
      field: 'employeeNip',
    })),
    ...BAD_NIPS.map((nip): Case => ({
      name: `importEmployees (real run) with the invalid NIP "${nip}"`,
      query: IMPORT,
      variables: { csv: `${HEADER}\n${nip},Nama,,DISKOMINFO-A,III/a,Analis`, dry: false },
      caller: 'HR_ANALYST',
      expect: 'OK',
    })),
    {
      name: 'importEmployees where one bad row sits among good ones writes nothing on a dry run',
      query: IMPORT,
      variables: {
        csv: `${HEADER}\n${w.nipA},Nama Baru,,DISKOMINFO-A,III/a,Analis\n123,X,,DISKOMINFO-A,III/a,Analis`,
        dry: true,
      },
      caller: 'HR_ANALYST',
      expect: 'OK',
    },
    // Reversed dates and negative numbers
    {
      name: 'auditEvents with from after to',
      query: 'query($f: AuditEventFilter) { auditEvents(filter: $f) { totalCount } }',
      variables: { f: { from: '2026-05-01T00:00:00Z', to: '2026-01-01T00:00:00Z' } },
      expect: 'BAD_USER_INPUT',
      field: 'filter.to',
    },
    {
      name: 'scheduleTraining ending before it starts',
      needs: 'scheduleTraining',
      caller: 'ORGANIZER',
      query: 'mutation($i: ScheduleTrainingInput!) { scheduleTraining(input: $i) { id } }',
      variables: {
        i: {
          courseId: '00000000-0000-4000-8000-000000000000',
          title: 'Bimtek',
          startDate: '2026-03-10',
          endDate: '2026-03-01',
          capacity: 10,
        },
      },
      expect: 'ANY_CLIENT_ERROR',
    },
    {
      name: 'scheduleTraining with a negative capacity',
      needs: 'scheduleTraining',
      caller: 'ORGANIZER',
      query: 'mutation($i: ScheduleTrainingInput!) { scheduleTraining(input: $i) { id } }',
      variables: {
        i: {
          courseId: '00000000-0000-4000-8000-000000000000',
          title: 'Bimtek',
          startDate: '2026-03-01',
          endDate: '2026-03-02',
          capacity: -5,
        },
      },
      expect: 'ANY_CLIENT_ERROR',
    },
    {
      name: 'createCourse with negative JP',
      query: COURSE,
      variables: course({ jp: -8 }),
      expect: 'BAD_USER_INPUT',
      field: 'jp',
    },
    {
      name: 'createCourse with absurd JP',
      query: COURSE,
      variables: course({ jp: 1e9 }),
      expect: 'BAD_USER_INPUT',
      field: 'jp',
    },
    {
      name: 'employees with a negative page size',
      query: EMPLOYEES,
      variables: { f: -1 },
      expect: 'BAD_USER_INPUT',
      field: 'first',
    },
    {
      name: 'employees with a page size over 100',
      query: EMPLOYEES,
      variables: { f: 100000 },
      expect: 'BAD_USER_INPUT',
      field: 'first',
    },
    {
      name: 'nipInfo with a date that does not exist',
      query: 'query($n: String!) { nipInfo(nip: $n) { valid errors } }',
      variables: { n: '198502302010011001' },
      expect: 'OK',
    },
    // 1 MB strings
    {
      name: 'createRegion with a 1 MB name',
      query: REGION,
      variables: { i: { code: '35.16', name: MB, type: 'REGENCY' } },
      expect: 'BAD_USER_INPUT',
      field: 'name',
    },
    {
      name: 'createAgency with a 1 MB code',
      query: AGENCY,
      variables: { i: { regionId: w.regionA, code: MB, name: 'Dinas' } },
      expect: 'BAD_USER_INPUT',
      field: 'code',
    },
    {
      name: 'createUser with a 1 MB password',
      query: USER,
      variables: { i: { username: 'sec-big', password: MB, roles: ['ADMIN'] } },
      expect: 'BAD_USER_INPUT',
      field: 'password',
    },
    {
      name: 'login with a 1 MB username',
      query: LOGIN,
      variables: { u: MB, p: 'x' },
      caller: 'NONE',
      expect: 'BAD_USER_INPUT',
      field: 'username',
    },
    {
      name: 'nipInfo with a 1 MB NIP',
      query: 'query($n: String!) { nipInfo(nip: $n) { valid } }',
      variables: { n: MB },
      expect: 'BAD_USER_INPUT',
      field: 'nip',
    },
    {
      name: 'employees search of 1 MB',
      query: EMPLOYEES,
      variables: { s: MB, f: 10 },
      expect: 'BAD_USER_INPUT',
      field: 'search',
    },
    {
      name: 'createCourse with a 1 MB title',
      query: COURSE,
      variables: course({ title: MB }),
      expect: 'BAD_USER_INPUT',
      field: 'title',
    },
    {
      name: 'importEmployees with 1 MB of one field',
      query: IMPORT,
      variables: { csv: `${HEADER}\n${w.nipA},${MB},,DISKOMINFO-A,III/a,Analis` },
      caller: 'HR_ANALYST',
      expect: 'OK',
    },
    // SQL injection strings: refused by the rules or taken literally, never executed
    ...SQL.map((s): Case => ({
      name: `login with the username ${s}`,
      query: LOGIN,
      variables: { u: s, p: s },
      caller: 'NONE',
      expect: 'ANY_CLIENT_ERROR',
    })),
    ...SQL.map((s): Case => ({
      name: `employees search ${s}`,
      query: EMPLOYEES,
      variables: { s, f: 10 },
      expect: 'OK',
    })),
    ...SQL.map((s): Case => ({
      name: `createAgency with the code ${s}`,
      query: AGENCY,
      variables: { i: { regionId: w.regionA, code: s, name: 'Dinas' } },
      expect: 'BAD_USER_INPUT',
      field: 'code',
    })),
    ...SQL.map((s, i): Case => ({
      name: `createRegion named ${s} (stored literally)`,
      query: REGION,
      variables: { i: { code: `35.${40 + i}`, name: `Kab ${s}`, type: 'REGENCY' } },
      expect: 'OK',
      writes: true,
    })),
    // HTML injection: text is text; the web app renders it escaped
    ...HTML.map((s, i): Case => ({
      name: `createAgency named ${s} (stored literally)`,
      query: AGENCY,
      variables: { i: { regionId: w.regionA, code: `HTML-${i}`, name: s } },
      expect: 'OK',
      writes: true,
    })),
    ...HTML.map((s): Case => ({
      name: `createUser with the username ${s}`,
      query: USER,
      variables: { i: { username: s, password: 'rahasia-uji-456', roles: ['ADMIN'] } },
      expect: 'BAD_USER_INPUT',
      field: 'username',
    })),
    // Malformed CSV
    ...[
      ['an unclosed quote', `${HEADER}\n"${w.nipA},Nama,,DISKOMINFO-A,III/a,Analis`],
      ['a wrong header', `nomor,nama\n${w.nipA},Nama`],
      ['no header at all', `${w.nipA},Nama,,DISKOMINFO-A,III/a,Analis`],
      ['an empty file', ''],
      ['binary garbage', '\u0000\u0001\u0002\uFFFD\u0000PK\u0003\u0004'],
      [
        'rows with too many columns',
        `${HEADER}\n${w.nipA},Nama,,DISKOMINFO-A,III/a,Analis,extra,extra`,
      ],
      [
        'a semicolon-separated file',
        HEADER.replaceAll(',', ';') + `\n${w.nipA};Nama;;DISKOMINFO-A;III/a;Analis`,
      ],
    ].map(([what, csv]): Case => ({
      name: `importEmployees with ${what}`,
      query: IMPORT,
      variables: { csv },
      caller: 'HR_ANALYST',
      expect: 'ANY_CLIENT_ERROR',
    })),
    // Wrong types
    {
      name: 'createCourse with JP as a word',
      query: COURSE,
      variables: course({ jp: 'delapan' }),
      expect: 'BAD_USER_INPUT',
    },
    {
      name: 'createCourse with digital as a string',
      query: COURSE,
      variables: course({ digital: 'yes' }),
      expect: 'BAD_USER_INPUT',
    },
    {
      name: 'createRegion with an unknown type',
      query: REGION,
      variables: { i: { code: '35.17', name: 'Kab', type: 'STATE' } },
      expect: 'BAD_USER_INPUT',
    },
    {
      name: 'createRegion with a null name',
      query: REGION,
      variables: { i: { code: '35.17', name: null, type: 'REGENCY' } },
      expect: 'BAD_USER_INPUT',
    },
    {
      name: 'createUser with roles as a string',
      query: USER,
      variables: { i: { username: 'sec-x', password: 'rahasia-uji-456', roles: 'ADMIN' } },
      expect: 'OK',
      writes: true,
    },
    {
      name: 'createUser with an unknown role',
      query: USER,
      variables: { i: { username: 'sec-y', password: 'rahasia-uji-456', roles: ['ROOT'] } },
      expect: 'BAD_USER_INPUT',
      field: 'roles',
    },
    {
      name: 'createAgency with a region id that is no UUID',
      query: AGENCY,
      variables: { i: { regionId: "1' OR 1=1", code: 'X-1', name: 'Dinas' } },
      expect: 'BAD_USER_INPUT',
      field: 'regionId',
    },
    {
      name: 'employees with first as a float',
      query: EMPLOYEES,
      variables: { f: 1.5 },
      expect: 'BAD_USER_INPUT',
    },
    {
      name: 'importEmployees with csv as an object',
      query: IMPORT,
      variables: { csv: { rows: [] } },
      caller: 'HR_ANALYST',
      expect: 'BAD_USER_INPUT',
    },
    {
      name: 'a variable of the wrong GraphQL type',
      query: 'query($n: Int!) { nipInfo(nip: $n) { valid } }',
      variables: { n: 1 },
      expect: 'ANY_CLIENT_ERROR',
    },
  ];
}
