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

  it('never loads into a database that has data', async () => {
    const before = await q('SELECT count(*)::int AS n FROM employees');
    expect(await t.get(DemoSeedService).seedIfEmpty()).toBeNull();
    expect(await q('SELECT count(*)::int AS n FROM employees')).toEqual(before);
  });
});
