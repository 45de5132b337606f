import { AccessScope } from '@lms/server/core';
import { CourseService, LearningRecordService } from '@lms/server/learning';

import { CREATE_COURSE, LearningFixtures, LearningWorld } from '../support/learning-fixtures';
import { startTestApp, TestApp } from '../support/test-app';

const COURSE = `query($id: ID!) { course(id: $id) { id code status shared } }`;
const COURSES = `query($search: String) { courses(search: $search) { code } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateCourseInput!) { updateCourse(id: $id, input: $input) { id jp shared title } }`;
const EVENTS = `SELECT action, entity_type, region_id, actor_username, summary FROM audit_events
  WHERE entity_id = $1 ORDER BY id`;

describe('learning: createCourse, course scope, the JP ledger', () => {
  let t: TestApp;
  let lf: LearningFixtures;
  let w: LearningWorld;

  const count = async (table: string) =>
    Number((await t.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n);

  beforeAll(async () => {
    t = await startTestApp();
    lf = new LearningFixtures(t);
    w = await lf.world();
  });

  afterAll(() => t?.close());

  describe('createCourse', () => {
    it('creates a draft course in the organizer’s own region, JP as a number', async () => {
      const c = await lf.course(w.organizerA, {
        code: 'SPBE-101',
        jp: 2.5,
        description: ' Dasar ',
      });
      expect(c).toMatchObject({
        code: 'SPBE-101',
        competency: 'TECHNICAL',
        digital: true,
        jp: 2.5,
        status: 'DRAFT',
        shared: false,
        regionId: w.regionA,
      });
      const [row] = await t.dataSource.query(`SELECT jp::text AS jp FROM courses WHERE id = $1`, [
        c.id,
      ]);
      expect(row.jp).toBe('2.50');
      expect(await t.dataSource.query(EVENTS, [c.id])).toEqual([
        {
          action: 'createCourse',
          entity_type: 'Course',
          region_id: w.regionA,
          actor_username: expect.stringMatching(/^org-a\d+$/),
          summary: { code: 'SPBE-101', title: c.title, jp: 2.5, delivery: 'ONLINE' },
        },
      ]);
    });

    it('lets ADMIN create in a region given by regionId, and requires it', async () => {
      const c = await lf.course(w.admin, { regionId: w.regionB });
      expect(c.regionId).toBe(w.regionB);
      const e = await t.gql.fails(
        CREATE_COURSE,
        {
          input: {
            code: 'ADM-1',
            title: 'Tanpa wilayah',
            competency: 'MANAGERIAL',
            digital: false,
            jp: 2,
          },
        },
        w.admin,
      );
      expect(e.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'regionId' });
    });

    it.each([
      ['zero JP', { jp: 0 }, 'jp'],
      ['negative JP', { jp: -2 }, 'jp'],
      ['JP with three decimals', { jp: 1.005 }, 'jp'],
      [
        'an unknown competency id',
        { competencyId: '00000000-0000-4000-8000-000000000000' },
        'competencyId',
      ],
      ['an empty title', { title: '' }, 'title'],
      ['a bad code', { code: 'no spaces allowed' }, 'code'],
      ['level 6', { level: 6 }, 'level'],
    ])('rejects %s naming the field, writing nothing', async (_label, patch, field) => {
      const before = await count('courses');
      const events = await count('audit_events');
      const e = await t.gql.fails(
        CREATE_COURSE,
        {
          input: {
            code: 'BAD-1',
            title: 'Kursus',
            competency: 'TECHNICAL',
            digital: true,
            jp: 2,
            ...patch,
          },
        },
        w.organizerA,
      );
      expect(e.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(e.message).toContain(field);
      expect(await count('courses')).toBe(before);
      expect(await count('audit_events')).toBe(events);
    });

    it('rejects an unknown competency type as BAD_USER_INPUT naming competency', async () => {
      const e = await t.gql.fails(
        CREATE_COURSE,
        {
          input: { code: 'BAD-2', title: 'Kursus', competency: 'SPIRITUAL', digital: true, jp: 2 },
        },
        w.organizerA,
      );
      expect(e.extensions?.code).toBe('BAD_USER_INPUT');
      expect(e.message).toContain('competency');
    });

    it('answers CONFLICT on code for a duplicate code, whatever its case', async () => {
      await lf.course(w.organizerA, { code: 'DUP-1' });
      const before = await count('courses');
      const e = await t.gql.fails(
        CREATE_COURSE,
        { input: { code: 'dup-1', title: 'Lagi', competency: 'TECHNICAL', digital: true, jp: 2 } },
        w.organizerB,
      );
      expect(e.extensions).toMatchObject({ code: 'CONFLICT', field: 'code' });
      expect(await count('courses')).toBe(before);
    });

    it('is for ADMIN and ORGANIZER only; an organizer cannot create in another region', async () => {
      const input = {
        code: 'ROLE-1',
        title: 'Kursus',
        competency: 'TECHNICAL',
        digital: true,
        jp: 2,
      };
      expect((await t.gql.fails(CREATE_COURSE, { input }, w.hrA)).extensions?.code).toBe(
        'FORBIDDEN',
      );
      expect((await t.gql.fails(CREATE_COURSE, { input }, w.learnerA)).extensions?.code).toBe(
        'FORBIDDEN',
      );
      expect((await t.gql.fails(CREATE_COURSE, { input })).extensions?.code).toBe(
        'UNAUTHENTICATED',
      );
      const other = await t.gql.fails(
        CREATE_COURSE,
        { input: { ...input, regionId: w.regionB } },
        w.organizerA,
      );
      expect(other.extensions?.code).toBe('FORBIDDEN');
      expect(await t.dataSource.query(`SELECT 1 FROM courses WHERE code = 'ROLE-1'`)).toHaveLength(
        0,
      );
    });
  });

  describe('scope', () => {
    it('shows staff their own region’s courses and shared ones, never another region’s', async () => {
      const own = await lf.course(w.organizerB, { code: 'SCOPE-B' });
      const shared = await lf.course(w.organizerB, { code: 'SCOPE-B-SHARED', shared: true });
      const e = await t.gql.fails(COURSE, { id: own.id }, w.organizerA);
      expect(e.extensions?.code).toBe('NOT_FOUND');
      expect(
        (await t.gql.ok<{ course: { id: string } }>(COURSE, { id: shared.id }, w.organizerA)).course
          .id,
      ).toBe(shared.id);
      const listed = await t.gql.ok<{ courses: { code: string }[] }>(
        COURSES,
        { search: 'SCOPE-B' },
        w.hrA,
      );
      expect(listed.courses.map((c) => c.code)).toEqual(['SCOPE-B-SHARED']);

      const svc = t.get(CourseService);
      await expect(svc.getForScope(own.id, AccessScope.system())).resolves.toMatchObject({
        id: own.id,
      });
      expect((await svc.findByIds([own.id, shared.id])).length).toBe(2);
    });

    it('lets only the owner region edit; a shared course elsewhere is FORBIDDEN, a hidden one NOT_FOUND', async () => {
      const shared = await lf.course(w.organizerB, { code: 'EDIT-B', shared: true });
      const hidden = await lf.course(w.organizerB, { code: 'EDIT-B2' });
      expect(
        (await t.gql.fails(UPDATE, { id: shared.id, input: { jp: 9 } }, w.organizerA)).extensions
          ?.code,
      ).toBe('FORBIDDEN');
      expect(
        (await t.gql.fails(UPDATE, { id: hidden.id, input: { jp: 9 } }, w.organizerA)).extensions
          ?.code,
      ).toBe('NOT_FOUND');
      const ok = await t.gql.ok<{ updateCourse: { jp: number } }>(
        UPDATE,
        { id: shared.id, input: { jp: 9 } },
        w.organizerB,
      );
      expect(ok.updateCourse.jp).toBe(9);
      const bad = await t.gql.fails(UPDATE, { id: shared.id, input: { jp: 0 } }, w.organizerB);
      expect(bad.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'jp' });
      // One updateCourse event: the refused attempts wrote nothing and recorded nothing.
      const events = await t.dataSource.query(EVENTS, [shared.id]);
      expect(events.map((e: { action: string }) => e.action)).toEqual([
        'createCourse',
        'updateCourse',
      ]);
      expect(events[1]).toMatchObject({
        region_id: w.regionB,
        actor_username: expect.stringMatching(/^org-b\d+$/),
        summary: { code: 'EDIT-B', changes: { jp: [4, 9] } },
      });
    });
  });

  describe('LearningRecordService', () => {
    it('credits once per (source, sourceRef) and sums the JP of a year', async () => {
      const ledger = t.get(LearningRecordService);
      const base = {
        employeeId: w.employeeA,
        regionId: w.regionA,
        courseId: null,
        source: 'IMPORT' as const,
        title: 'Keamanan Informasi',
        competency: 'TECHNICAL' as const,
        digital: true,
      };
      const first = await t.dataSource.transaction((m) =>
        ledger.credit(m, { ...base, sourceRef: 'line-1', jp: 2.22, completedOn: '2025-03-01' }),
      );
      expect(first.credited).toBe(true);
      const again = await t.dataSource.transaction((m) =>
        ledger.credit(m, { ...base, sourceRef: 'line-1', jp: 2.22, completedOn: '2025-03-01' }),
      );
      expect(again).toEqual({ credited: false, id: null });
      await t.dataSource.transaction((m) =>
        ledger.credit(m, { ...base, sourceRef: 'line-2', jp: 0.1, completedOn: '2025-12-31' }),
      );
      await t.dataSource.transaction((m) =>
        ledger.credit(m, { ...base, sourceRef: 'line-3', jp: 7, completedOn: '2026-01-01' }),
      );
      expect(await ledger.jpForYear(w.employeeA, 2025)).toBe(2.32);
      expect(await ledger.jpForYear(w.employeeA, 2026)).toBe(7);
      expect(await ledger.jpForYear(w.employeeB, 2025)).toBe(0);
    });

    it('rolls the credit back with the transaction that earned it', async () => {
      const ledger = t.get(LearningRecordService);
      await expect(
        t.dataSource.transaction(async (m) => {
          await ledger.credit(m, {
            employeeId: w.employeeB,
            regionId: w.regionB,
            courseId: null,
            source: 'BIMTEK',
            sourceRef: 'enrolment-x',
            title: 'Bimtek SPBE',
            competency: 'TECHNICAL',
            digital: true,
            jp: 10,
            completedOn: '2025-05-05',
          });
          throw new Error('completion failed later');
        }),
      ).rejects.toThrow('completion failed later');
      expect(await ledger.jpForYear(w.employeeB, 2025)).toBe(0);
    });
  });
});
