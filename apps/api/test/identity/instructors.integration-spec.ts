import { Role } from '@lms/shared/domain';

import { Fixtures, PASSWORD } from '../support/fixtures';
import { startTestApp, TestApp } from '../support/test-app';

const INSTRUCTORS = `query($regionId: ID) { instructors(regionId: $regionId) { id username regionId } }`;

interface Listed {
  instructors: { id: string; username: string; regionId: string }[];
}

describe('identity: the instructors an organizer may assign', () => {
  let t: TestApp;
  let f: Fixtures;
  let admin: string;
  let organizerA: string;
  let organizerB: string;
  let regionA: string;
  let regionB: string;

  const names = async (token: string, regionId?: string) =>
    (await t.gql.ok<Listed>(INSTRUCTORS, { regionId }, token)).instructors.map((i) => i.username);

  beforeAll(async () => {
    t = await startTestApp();
    f = new Fixtures(t);
    admin = await f.user('root', [Role.ADMIN]);
    regionA = (await f.region('35.10', 'Kabupaten Banyuwangi')).id;
    regionB = (await f.region('35.09', 'Kabupaten Jember')).id;
    await f.agency(regionA, 'BWI-SETDA');
    organizerA = await f.user('penyelenggara-bwi', [Role.ORGANIZER], { regionId: regionA });
    organizerB = await f.user('penyelenggara-jbr', [Role.ORGANIZER], { regionId: regionB });
    await f.user('wi-budi', [Role.INSTRUCTOR], { regionId: regionA });
    await f.user('Wi-Ani', [Role.INSTRUCTOR], { regionId: regionA });
    await f.user('wi-pensiun', [Role.INSTRUCTOR], { regionId: regionA });
    await f.user('wi-jember', [Role.INSTRUCTOR], { regionId: regionB });
    // An organizer who also teaches is listed; an analyst of the region is not.
    await f.user('org-pengajar', [Role.ORGANIZER, Role.INSTRUCTOR], { regionId: regionA });
    await f.user('analis-bwi', [Role.HR_ANALYST], { regionId: regionA });
    await t.dataSource.query(`UPDATE users SET active = false WHERE username = 'wi-pensiun'`);
  });

  afterAll(() => t?.close());

  it("lists the active INSTRUCTOR accounts of the organizer's region by name, with their ids", async () => {
    const { instructors } = await t.gql.ok<Listed>(INSTRUCTORS, {}, organizerA);
    expect(instructors.map((i) => i.username)).toEqual(['org-pengajar', 'Wi-Ani', 'wi-budi']);
    const [ids] = await t.dataSource.query(
      `SELECT array_agg(id ORDER BY username) AS ids FROM users WHERE username IN ('Wi-Ani', 'wi-budi')`,
    );
    expect(instructors.slice(1).map((i) => i.id)).toEqual(ids.ids);
    expect(instructors.every((i) => i.regionId === regionA)).toBe(true);
    // Naming the own region changes nothing.
    expect(await names(organizerA, regionA)).toEqual(['org-pengajar', 'Wi-Ani', 'wi-budi']);
  });

  it("shows another region's organizer only their own instructors, and refuses the other region", async () => {
    expect(await names(organizerB)).toEqual(['wi-jember']);
    const e = await t.gql.fails(INSTRUCTORS, { regionId: regionA }, organizerB);
    expect(e.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'regionId' });
  });

  it('lets an ADMIN see every region, or the one asked for', async () => {
    expect(await names(admin)).toEqual(['org-pengajar', 'Wi-Ani', 'wi-budi', 'wi-jember']);
    expect(await names(admin, regionB)).toEqual(['wi-jember']);
    for (const regionId of ['00000000-0000-4000-8000-000000000000', 'not-a-uuid']) {
      const e = await t.gql.fails(INSTRUCTORS, { regionId }, admin);
      expect(e.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'regionId' });
    }
  });

  it('refuses learners, analysts and instructors, and callers without a token', async () => {
    const learnerNip = f.nip();
    await f.employees([{ nip: learnerNip, name: 'Budi Santoso', agencyCode: 'BWI-SETDA' }]);
    const learner = await f.user('budi', [Role.LEARNER], { employeeNip: learnerNip });
    const analyst = await t.gql.login('analis-bwi', PASSWORD);
    const instructor = await t.gql.login('wi-budi', PASSWORD);
    for (const token of [learner, analyst, instructor]) {
      const res = await t.gql.request<Listed>(INSTRUCTORS, {}, { token });
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(res.data?.instructors ?? null).toBeNull();
    }
    expect((await t.gql.fails(INSTRUCTORS)).extensions?.code).toBe('UNAUTHENTICATED');
  });
});
