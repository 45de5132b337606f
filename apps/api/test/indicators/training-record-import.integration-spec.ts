import {
  IMPORT_RECORDS,
  IndicatorsFixtures,
  IndicatorWorld,
  RECORD_HEADER,
  recordsCsv,
  TrainingRecordInput,
} from '../support/indicators-fixtures';
import { startTestApp, TestApp } from '../support/test-app';

const Y = new Date().getFullYear();
const Y1 = Y - 1;
/** Two days ago: a completion date that is never in the future, even on 1 January. */
const RECENT = new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10);
const Y1_IS_LEAP = (Y1 % 4 === 0 && Y1 % 100 !== 0) || Y1 % 400 === 0;
/** Valid lines of the file with bad lines: line 2, and line 8 (29 February) in a leap year. */
const GOOD_LINES = Y1_IS_LEAP ? 2 : 1;

describe('importTrainingRecords', () => {
  let t: TestApp;
  let fx: IndicatorsFixtures;
  let w: IndicatorWorld;

  const countRecords = async () =>
    (
      await t.dataSource.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM learning_records WHERE source = 'IMPORT'`,
      )
    )[0].n;

  const history = (): TrainingRecordInput[] => [
    {
      nip: w.nips.e1,
      code: 'LAN-TIK-01',
      title: 'Transformasi Digital, Angkatan "Pertama"',
      competency: 'TECHNICAL',
      digital: true,
      jp: 16,
      completedOn: `${Y1}-08-17`,
      certificate: '800/17/LAN/2025',
      institution: 'Lembaga Administrasi Negara',
    },
    {
      nip: w.nips.e1,
      code: 'BPSDM-MAN-2',
      competency: 'MANAGERIAL',
      digital: false,
      jp: 8,
      completedOn: `${Y1}-09-01`,
    },
    {
      nip: w.nips.e4,
      code: 'CISCO-CCNA',
      competency: 'TECHNICAL',
      digital: true,
      jp: 40,
      completedOn: `${Y1}-10-10`,
      certificate: 'CSCO1234',
    },
  ];

  beforeAll(async () => {
    t = await startTestApp();
    fx = new IndicatorsFixtures(t);
    w = await fx.world();
  });

  afterAll(async () => {
    await t?.close();
  });

  it('predicts with dryRun and writes nothing', async () => {
    expect(await fx.importRecords(w.admin, recordsCsv(history()), true)).toEqual({
      created: 3,
      updated: 0,
      rejected: 0,
      errors: [],
    });
    expect(await countRecords()).toBe(0);
  });

  it('imports history into the ledger as IMPORT records, counted by the indicators at once', async () => {
    expect(await fx.importRecords(w.admin, recordsCsv(history()))).toEqual({
      created: 3,
      updated: 0,
      rejected: 0,
      errors: [],
    });
    const [record] = await t.dataSource.query(
      `SELECT r.source, r.title, r.competency, r.digital, r.jp::float8 AS jp,
              to_char(r.completed_on, 'YYYY-MM-DD') AS completed_on, r.certificate_number,
              i.course_code, i.institution
         FROM learning_records r JOIN imported_training_records i ON i.learning_record_id = r.id
        WHERE r.employee_id = $1 AND r.digital`,
      [w.ids.e1],
    );
    expect(record).toEqual({
      source: 'IMPORT',
      title: 'Transformasi Digital, Angkatan "Pertama"',
      competency: 'TECHNICAL',
      digital: true,
      jp: 16,
      completed_on: `${Y1}-08-17`,
      certificate_number: '800/17/LAN/2025',
      course_code: 'LAN-TIK-01',
      institution: 'Lembaga Administrasi Negara',
    });
    const rows = await fx.indicatorMap(w.hrA, 'AGENCY', { year: Y1 });
    expect(rows.get(w.agencies.aRoot.id)).toMatchObject({
      trainedCount: 1,
      certifiedCount: 1,
      totalJp: 24,
      jpCompliantCount: 1,
    });
    expect(rows.get(w.agencies.aChild.id)).toMatchObject({
      trainedCount: 1,
      certifiedCount: 1,
      totalJp: 40,
      jpCompliantCount: 1,
    });
  });

  it('leaves one audit event per real import, with who and how many', async () => {
    const events = await t.dataSource.query(
      `SELECT actor_username, summary FROM audit_events WHERE action = 'importTrainingRecords'`,
    );
    expect(events).toEqual([
      expect.objectContaining({ summary: expect.objectContaining({ rows: 3, created: 3 }) }),
    ]);
  });

  it('changes nothing when the same file is imported again', async () => {
    const before = await fx.indicators(w.admin, 'AGENCY', { year: Y1 });
    const versions = await t.dataSource.query(`SELECT last_value FROM indicator_version_seq`);
    expect(await fx.importRecords(w.admin, recordsCsv(history()))).toEqual({
      created: 0,
      updated: 0,
      rejected: 0,
      errors: [],
    });
    expect(await countRecords()).toBe(3);
    expect(await fx.indicators(w.admin, 'AGENCY', { year: Y1 })).toEqual(before);
    expect(await t.dataSource.query(`SELECT last_value FROM indicator_version_seq`)).toEqual(
      versions,
    );
  });

  it('updates a record when a corrected file is imported, and the indicators follow', async () => {
    const corrected = history();
    corrected[0] = { ...corrected[0], jp: 10, certificate: '' };
    expect(await fx.importRecords(w.admin, recordsCsv(corrected))).toEqual({
      created: 0,
      updated: 1,
      rejected: 0,
      errors: [],
    });
    expect(await countRecords()).toBe(3);
    const rows = await fx.indicatorMap(w.admin, 'AGENCY', { year: Y1 });
    expect(rows.get(w.agencies.aRoot.id)).toMatchObject({
      trainedCount: 1,
      certifiedCount: 0,
      totalJp: 18,
      jpCompliantCount: 0,
    });
    expect(await fx.importRecords(w.admin, recordsCsv(history()))).toMatchObject({ updated: 1 });
  });

  it('rejects bad lines with their line and field, and writes the good ones in the same run', async () => {
    const unknownNip = fx.f.nip();
    const csv = [
      RECORD_HEADER,
      `${w.nips.e2},K-01,Keamanan Siber,TECHNICAL,true,4,${RECENT},,`,
      `1985031520100110,K-02,Judul,TECHNICAL,true,4,${RECENT},,`,
      `${unknownNip},K-03,Judul,TECHNICAL,true,4,${RECENT},,`,
      `${w.nips.e2},K-04,Judul,DIGITAL,true,4,${RECENT},,`,
      `${w.nips.e2},K-05,Judul,TECHNICAL,ya,4,${RECENT},,`,
      `${w.nips.e2},K-06,Judul,TECHNICAL,true,0,${RECENT},,`,
      `${w.nips.e2},K-07,Judul,TECHNICAL,true,4,${Y1}-02-29,,`,
      `${w.nips.e2},K-08,Judul,TECHNICAL,true,4,${Y + 1}-01-01,,`,
      `${w.nips.e2},K-01,Keamanan Siber,TECHNICAL,true,4,${RECENT},,`,
      `${w.nips.e7},K-09,Judul,TECHNICAL,true,4,${RECENT},,`,
      `${w.nips.e5},"K-10",,MANAGERIAL,false,2,${RECENT},,`,
    ].join('\n');
    const result = await fx.importRecords(w.hrA, csv, false, { 'accept-language': 'en' });
    const expectedErrors = [
      { line: 3, field: 'nip' },
      {
        line: 4,
        field: 'nip',
        message: 'nip: no employee has this NIP (import the employee first)',
      },
      { line: 5, field: 'competency' },
      { line: 6, field: 'digital', message: 'digital: must be true or false, not "ya"' },
      { line: 7, field: 'jp' },
      ...(Y1_IS_LEAP ? [] : [{ line: 8, field: 'completed_on' }]),
      { line: 9, field: 'completed_on' },
      {
        line: 10,
        field: 'course_code',
        message: 'course_code: the same nip, course_code and completed_on already appear on line 2',
      },
      { line: 11, field: 'nip', message: 'nip: this employee is registered in another region' },
      { line: 12, field: 'course_title', message: 'course_title: is required' },
    ];
    expect(result.errors).toMatchObject(expectedErrors);
    expect(result).toMatchObject({
      created: GOOD_LINES,
      updated: 0,
      rejected: expectedErrors.length,
    });
    expect(result.errors.every((e) => e.message.startsWith(`${e.field}: `))).toBe(true);
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM learning_records WHERE employee_id = $1`,
      [w.ids.e2],
    );
    expect(n).toBe(GOOD_LINES);
  });

  it('answers in Bahasa Indonesia unless the request asks otherwise', async () => {
    const csv = [RECORD_HEADER, `${w.nips.e2},K-20,Judul,TECHNICAL,mungkin,4,${RECENT},,`].join(
      '\n',
    );
    const result = await fx.importRecords(w.admin, csv, true);
    expect(result.errors).toEqual([
      { line: 2, field: 'digital', message: 'digital: harus true atau false, bukan "mungkin"' },
    ]);
  });

  it('fails a malformed file as a whole on the csv field', async () => {
    const cases = [
      '',
      'nip,course_code,course_title,competency,digital,jp,completed_on\n1,2,3,4,5,6,7',
      `${RECORD_HEADER}\n${w.nips.e1},"K-1,Judul,TECHNICAL,true,4,${RECENT},,`,
    ];
    for (const csv of cases) {
      const error = await t.gql.fails(IMPORT_RECORDS, { csv }, w.admin);
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'csv' });
      expect(error.message).toMatch(/^csv: /);
    }
    const missing = await t.gql.fails(IMPORT_RECORDS, { csv: cases[1] }, w.admin);
    expect(missing.message).toContain('certificate_number');
  });

  it('is for ADMIN and HR_ANALYST only', async () => {
    const csv = recordsCsv(history());
    for (const token of [w.organizerA, w.learnerA]) {
      expect((await t.gql.fails(IMPORT_RECORDS, { csv }, token)).extensions?.code).toBe(
        'FORBIDDEN',
      );
    }
    expect((await t.gql.fails(IMPORT_RECORDS, { csv })).extensions?.code).toBe('UNAUTHENTICATED');
    expect(await countRecords()).toBe(3 + GOOD_LINES);
  });

  it('keeps the rollups equal to a recomputation from the base tables', async () => {
    expect(await fx.rollupDrift()).toBe(0);
  });
});
