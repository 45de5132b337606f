import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { DemoSeedService } from '@lms/server/demo';
import { isValidNip } from '@lms/shared/domain';

import { startTestApp, TestApp } from '../support/test-app';

describe('demo data', () => {
  let t: TestApp;
  const q = async (sql: string) =>
    (await t.dataSource.query(sql)) as Record<string, number | string>[];

  beforeAll(async () => {
    t = await startTestApp({ DEMO_PASSWORD: 'demo-uji-2026' });
  });

  afterAll(() => t?.close());

  const accounts = () =>
    JSON.parse(readFileSync(join(t.config.dataDir, 'demo-accounts.json'), 'utf8'));

  it('loads two regions with their agencies, 300+ employees with valid NIPs, courses and history', async () => {
    jest.spyOn(console, 'log').mockImplementation(() => undefined);
    const accounts = await t.get(DemoSeedService).seedIfEmpty();
    expect(accounts).not.toBeNull();

    const regions = await q(
      'SELECT r.type, count(a.id)::int AS agencies FROM regions r JOIN agencies a ON a.region_id = r.id GROUP BY r.type ORDER BY r.type',
    );
    expect(regions).toEqual([
      { type: 'CITY', agencies: expect.any(Number) },
      { type: 'REGENCY', agencies: expect.any(Number) },
    ]);
    regions.forEach((r) => expect(r['agencies']).toBeGreaterThanOrEqual(10));

    const nips = (await q('SELECT nip FROM employees')).map((r) => String(r['nip']));
    expect(nips.length).toBeGreaterThanOrEqual(300);
    expect(nips.filter((n) => !isValidNip(n))).toEqual([]);

    const published = await q(
      `SELECT competency, count(*)::int AS n FROM courses WHERE status = 'PUBLISHED' GROUP BY competency ORDER BY competency`,
    );
    expect(published.map((r) => r['competency'])).toEqual([
      'MANAGERIAL',
      'SOCIO_CULTURAL',
      'TECHNICAL',
    ]);
    const [{ n: records }] = await q('SELECT count(*)::int AS n FROM learning_records');
    expect(Number(records)).toBeGreaterThan(100);
    // Certificates print a real signatory and the region's own numbering from the first issue.
    const settings = await q(
      `SELECT r.code, s.signatory_name, s.signatory_nip, s.number_pattern
         FROM certificate_settings s JOIN regions r ON r.id = s.region_id ORDER BY r.code`,
    );
    expect(settings.map((s) => s['code'])).toEqual(['35.10', '35.77']);
    settings.forEach((s) => {
      expect(s['signatory_name']).toEqual(expect.any(String));
      expect(isValidNip(String(s['signatory_nip']))).toBe(true);
      expect(s['number_pattern']).toContain('{seq}');
    });

    const file = JSON.parse(readFileSync(join(t.config.dataDir, 'demo-accounts.json'), 'utf8'));
    expect(file.learnerNip).toBe(accounts?.learnerNip);
  });

  it('gives every contract role an account that logs in with the demo password', async () => {
    const accounts = JSON.parse(readFileSync(join(t.config.dataDir, 'demo-accounts.json'), 'utf8'));
    for (const username of ['admin', 'penyelenggara', 'bkpsdm', accounts.learnerNip]) {
      await expect(t.gql.login(username, 'demo-uji-2026')).resolves.toEqual(expect.any(String));
    }
    const hr = await t.gql.login('bkpsdm', 'demo-uji-2026');
    const me = await t.gql.ok<{ me: { roles: string[]; region: { code: string } } }>(
      '{ me { roles region { code } } }',
      {},
      hr,
    );
    expect(me.me).toEqual({ roles: ['HR_ANALYST'], region: { code: '35.10' } });
  });

  it("shows pre/post-test results of the demo's learners on DIG-101 to the organizer", async () => {
    const [course] = await q(
      `SELECT c.id FROM courses c JOIN regions r ON r.id = c.region_id
        WHERE c.code = 'DIG-101' AND r.code = '35.10'`,
    );
    const organizer = await t.gql.login('penyelenggara', 'demo-uji-2026');
    const { courseGain } = await t.gql.ok<{
      courseGain: {
        pairedCount: number;
        averagePre: number;
        averagePost: number;
        averageGain: number;
        learners: { gain: number | null }[];
      };
    }>(
      `query($id: ID!) { courseGain(courseId: $id) {
          pairedCount averagePre averagePost averageGain learners { gain } } }`,
      { id: course['id'] },
      organizer,
    );
    expect(courseGain.pairedCount).toBeGreaterThanOrEqual(10);
    expect(courseGain.averageGain).toBeGreaterThan(0);
    expect(courseGain.averagePost).toBeGreaterThan(courseGain.averagePre);
    // Realistic: not everyone improves.
    expect(courseGain.learners.some((l) => l.gain !== null && l.gain <= 0)).toBe(true);

    // Those who read every lesson and passed the post-test completed the course, JP credited.
    const [state] = await q(
      `SELECT count(*) FILTER (WHERE e.status = 'COMPLETED')::int AS completed,
              count(r.id)::int AS credited
         FROM course_enrolments e LEFT JOIN learning_records r ON r.id = e.learning_record_id
        WHERE e.course_id = '${course['id']}'`,
    );
    expect(Number(state['completed'])).toBeGreaterThan(0);
    expect(state['credited']).toBe(state['completed']);
    // The demo learner walks the course in the browser tests: they have not started it.
    const [mine] = await q(
      `SELECT count(*)::int AS n FROM assessment_attempts a JOIN employees e ON e.id = a.employee_id
        WHERE e.nip = '${accounts().learnerNip}'`,
    );
    expect(mine['n']).toBe(0);
  });

  it('never loads into a database that has data', async () => {
    const before = await q('SELECT count(*)::int AS n FROM employees');
    expect(await t.get(DemoSeedService).seedIfEmpty()).toBeNull();
    expect(await q('SELECT count(*)::int AS n FROM employees')).toEqual(before);
  });
});
