import { Role } from '@lms/shared/domain';

import { Fixtures, PASSWORD } from '../support/fixtures';
import { startTestApp, TestApp } from '../support/test-app';

const ME = `{ me { id username roles employee { nip } region { code } } }`;
const CREATE_USER = `mutation($input: CreateUserInput!) { createUser(input: $input) { id username roles } }`;
const NIP_INFO = `query($nip: String!) {
  nipInfo(nip: $nip) { valid errors birthDate appointmentMonth gender sequence employmentType }
}`;
const LOGIN = `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken user { username } } }`;

describe('identity: login, me, createUser, nipInfo', () => {
  let t: TestApp;
  let f: Fixtures;
  let admin: string;
  let regionId: string;
  let learnerNip: string;

  beforeAll(async () => {
    t = await startTestApp();
    f = new Fixtures(t);
    admin = await f.user('root', [Role.ADMIN]);
    regionId = (await f.region('35.10', 'Kabupaten Banyuwangi')).id;
    await f.agency(regionId, 'BWI-SETDA');
    learnerNip = f.nip({ female: true });
    await f.employees([
      { nip: learnerNip, name: 'Siti Aminah', agencyCode: 'BWI-SETDA', email: 'siti@bwi.go.id' },
    ]);
  });

  afterAll(() => t?.close());

  describe('createUser', () => {
    it('creates a learner tied to an employee, who then logs in by NIP (spaces allowed)', async () => {
      await t.gql.ok(
        CREATE_USER,
        {
          input: {
            username: 'siti',
            password: PASSWORD,
            roles: ['LEARNER'],
            employeeNip: learnerNip,
          },
        },
        admin,
      );
      const spaced = `${learnerNip.slice(0, 8)} ${learnerNip.slice(8, 14)} ${learnerNip.slice(14, 15)} ${learnerNip.slice(15)}`;
      const token = await t.gql.login(spaced, PASSWORD);
      const me = await t.gql.ok<{
        me: { username: string; roles: string[]; employee: { nip: string } };
      }>(ME, {}, token);
      expect(me.me).toMatchObject({
        username: 'siti',
        roles: ['LEARNER'],
        employee: { nip: learnerNip },
      });
    });

    it('logs in by e-mail too', async () => {
      await t.gql.ok(
        CREATE_USER,
        {
          input: {
            username: 'analis',
            password: PASSWORD,
            roles: ['HR_ANALYST'],
            regionId,
            email: 'Analis@BWI.go.id',
          },
        },
        admin,
      );
      const res = await t.gql.ok<{ login: { user: { username: string } } }>(LOGIN, {
        u: 'analis@bwi.go.id',
        p: PASSWORD,
      });
      expect(res.login.user.username).toBe('analis');
    });

    it.each([
      [
        'a scoped role without a region',
        { username: 'org1', password: PASSWORD, roles: ['ORGANIZER'] },
        'BAD_USER_INPUT',
        'regionId',
      ],
      [
        'a learner without an employee',
        { username: 'learner1', password: PASSWORD, roles: ['LEARNER'] },
        'BAD_USER_INPUT',
        'employeeNip',
      ],
      [
        'an unknown role',
        { username: 'userx1', password: PASSWORD, roles: ['KING'] },
        'BAD_USER_INPUT',
        'roles',
      ],
      [
        'a short password',
        { username: 'userx2', password: 'short', roles: ['ADMIN'] },
        'BAD_USER_INPUT',
        'password',
      ],
      [
        'a 100,000-character username',
        { username: 'u'.repeat(100_000), password: PASSWORD, roles: ['ADMIN'] },
        'BAD_USER_INPUT',
        'username',
      ],
      [
        'a taken username (any case)',
        { username: 'SITI', password: PASSWORD, roles: ['ADMIN'] },
        'CONFLICT',
        'username',
      ],
      [
        'an invalid NIP',
        { username: 'userx3', password: PASSWORD, roles: ['LEARNER'], employeeNip: '123' },
        'BAD_USER_INPUT',
        'employeeNip',
      ],
    ])('rejects %s', async (_label, input, code, field) => {
      const before = (await t.dataSource.query('SELECT count(*)::int AS n FROM users'))[0].n;
      const e = await t.gql.fails(CREATE_USER, { input }, admin);
      expect(e.extensions).toMatchObject({ code, field });
      expect((await t.dataSource.query('SELECT count(*)::int AS n FROM users'))[0].n).toBe(before);
    });

    it('rejects a second account for the same employee', async () => {
      const input = {
        username: 'siti2',
        password: PASSWORD,
        roles: ['LEARNER'],
        employeeNip: learnerNip,
      };
      const e = await t.gql.fails(CREATE_USER, { input }, admin);
      expect(e.extensions).toMatchObject({ code: 'CONFLICT', field: 'employeeNip' });
    });

    it('is for ADMIN only', async () => {
      const hr = await t.gql.login('analis', PASSWORD);
      const e = await t.gql.fails(
        CREATE_USER,
        { input: { username: 'y', password: PASSWORD, roles: ['ADMIN'] } },
        hr,
      );
      expect(e.extensions?.code).toBe('FORBIDDEN');
    });
  });

  describe('login and tokens', () => {
    it('answers UNAUTHENTICATED for a wrong password, an unknown user, and a forged token', async () => {
      expect((await t.gql.fails(LOGIN, { u: 'root', p: 'wrong-password' })).extensions?.code).toBe(
        'UNAUTHENTICATED',
      );
      expect((await t.gql.fails(LOGIN, { u: 'nobody', p: 'x' })).extensions?.code).toBe(
        'UNAUTHENTICATED',
      );
      expect((await t.gql.fails(ME, {}, 'not.a.token')).extensions?.code).toBe('UNAUTHENTICATED');
      expect((await t.gql.fails(ME)).extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('throttles failed logins per account, also for the right password, across the window', async () => {
      await f.user('target', [Role.ADMIN]);
      for (let i = 0; i < 5; i += 1) await t.gql.fails(LOGIN, { u: 'target', p: `guess-${i}` });
      const blocked = await t.gql.fails(LOGIN, { u: 'target', p: PASSWORD });
      expect(blocked.extensions?.code).toBe('TOO_MANY_REQUESTS');
      expect(blocked.extensions?.['retryAfterSeconds']).toBeGreaterThan(0);
      // Another account from the same address is not locked out by it.
      expect(await t.gql.login('root', PASSWORD)).toEqual(expect.any(String));
    });
  });

  describe('nipInfo', () => {
    it('decodes a valid NIP written with spaces', async () => {
      const r = await t.gql.ok<{ nipInfo: Record<string, unknown> }>(
        NIP_INFO,
        { nip: '19850315 201001 1 001' },
        admin,
      );
      expect(r.nipInfo).toEqual({
        valid: true,
        errors: [],
        birthDate: '1985-03-15',
        appointmentMonth: '2010-01',
        gender: 'MALE',
        sequence: 1,
        employmentType: 'PNS',
      });
    });

    it('explains every problem at once, in the language asked for', async () => {
      const nip = '19851332203001 3 000'.replace(/ /g, '') + '0'.repeat(0);
      const en = await t.gql.request<{ nipInfo: { valid: boolean; errors: string[] } }>(
        NIP_INFO,
        { nip },
        { token: admin, headers: { 'accept-language': 'en' } },
      );
      const id = await t.gql.request<{ nipInfo: { valid: boolean; errors: string[] } }>(
        NIP_INFO,
        { nip },
        { token: admin, headers: { 'accept-language': 'id-ID,id;q=0.9' } },
      );
      expect(en.data?.nipInfo.valid).toBe(false);
      expect(en.data?.nipInfo.errors.length).toBeGreaterThanOrEqual(3);
      expect(id.data?.nipInfo.errors.length).toBe(en.data?.nipInfo.errors.length);
      expect(id.data?.nipInfo.errors).not.toEqual(en.data?.nipInfo.errors);
    });

    it('reports the PPPK form', async () => {
      const r = await t.gql.ok<{
        nipInfo: { valid: boolean; employmentType: string; appointmentMonth: string };
      }>(NIP_INFO, { nip: '199001012022212001' }, admin);
      expect(r.nipInfo).toMatchObject({
        valid: true,
        employmentType: 'PPPK',
        appointmentMonth: '2022',
      });
    });

    it('needs a token', async () => {
      expect((await t.gql.fails(NIP_INFO, { nip: '1' })).extensions?.code).toBe('UNAUTHENTICATED');
    });
  });
});
