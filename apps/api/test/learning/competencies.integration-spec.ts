import { LearningFixtures, LearningWorld } from '../support/learning-fixtures';
import { startTestApp, TestApp } from '../support/test-app';

const COMPETENCIES = `query($type: CompetencyType) { competencies(type: $type) { id type code name regionId } }`;
const LEVELS = `{ competencyLevels { level name nameEn } }`;
const CREATE = `mutation($input: CreateCompetencyInput!) { createCompetency(input: $input) { id type code name regionId } }`;

describe('learning: the competency model', () => {
  let t: TestApp;
  let lf: LearningFixtures;
  let w: LearningWorld;

  beforeAll(async () => {
    t = await startTestApp();
    lf = new LearningFixtures(t);
    w = await lf.world();
  });

  afterAll(() => t?.close());

  it('seeds levels 1–5 and the national managerial and socio-cultural competencies', async () => {
    const levels = await t.gql.ok<{ competencyLevels: { level: number; name: string }[] }>(
      LEVELS,
      {},
      w.learnerA,
    );
    expect(levels.competencyLevels.map((l) => `${l.level} ${l.name}`)).toEqual([
      '1 Paham',
      '2 Dasar',
      '3 Menengah',
      '4 Mumpuni',
      '5 Ahli',
    ]);
    const managerial = await t.gql.ok<{ competencies: { code: string; name: string }[] }>(
      COMPETENCIES,
      { type: 'MANAGERIAL' },
      w.learnerA,
    );
    expect(managerial.competencies.map((c) => `${c.code} ${c.name}`)).toEqual([
      'M.01 Integritas',
      'M.02 Kerjasama',
      'M.03 Komunikasi',
      'M.04 Orientasi pada Hasil',
      'M.05 Pelayanan Publik',
      'M.06 Pengembangan Diri dan Orang Lain',
      'M.07 Mengelola Perubahan',
      'M.08 Pengambilan Keputusan',
    ]);
    const socio = await t.gql.ok<{ competencies: { name: string }[] }>(
      COMPETENCIES,
      { type: 'SOCIO_CULTURAL' },
      w.learnerA,
    );
    expect(socio.competencies.map((c) => c.name)).toEqual(['Perekat Bangsa']);
  });

  it('lets organizers define technical competencies for their own region, seen only there', async () => {
    const c = await t.gql.ok<{ createCompetency: { type: string; regionId: string } }>(
      CREATE,
      { input: { code: 'T.01', name: 'Analisis Data' } },
      w.organizerA,
    );
    expect(c.createCompetency).toMatchObject({ type: 'TECHNICAL', regionId: w.regionA });
    await t.gql.ok(
      CREATE,
      { input: { code: 'T.01', name: 'Keamanan Informasi', regionId: w.regionB } },
      w.admin,
    );
    const dup = await t.gql.fails(CREATE, { input: { code: 't.01', name: 'Lagi' } }, w.organizerA);
    expect(dup.extensions).toMatchObject({ code: 'CONFLICT', field: 'code' });
    const national = await t.gql.fails(
      CREATE,
      { input: { code: 'M.01', name: 'Tiruan' } },
      w.organizerA,
    );
    expect(national.extensions).toMatchObject({ code: 'CONFLICT', field: 'code' });
    const adminNoRegion = await t.gql.fails(
      CREATE,
      { input: { code: 'T.09', name: 'Tanpa wilayah' } },
      w.admin,
    );
    expect(adminNoRegion.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'regionId' });
    expect(
      (await t.gql.fails(CREATE, { input: { code: 'T.02', name: 'X' } }, w.learnerA)).extensions
        ?.code,
    ).toBe('FORBIDDEN');

    const seenA = await t.gql.ok<{ competencies: { name: string }[] }>(
      COMPETENCIES,
      { type: 'TECHNICAL' },
      w.learnerA,
    );
    expect(seenA.competencies.map((x) => x.name)).toEqual(['Analisis Data']);
    const seenB = await t.gql.ok<{ competencies: { name: string }[] }>(
      COMPETENCIES,
      { type: 'TECHNICAL' },
      w.organizerB,
    );
    expect(seenB.competencies.map((x) => x.name)).toEqual(['Keamanan Informasi']);

    // The two that were created, each by its author in its region; the refused ones left nothing.
    const events = await t.dataSource.query(
      `SELECT entity_type, region_id, actor_username, summary FROM audit_events
        WHERE action = 'createCompetency' ORDER BY id`,
    );
    expect(events).toEqual([
      {
        entity_type: 'Competency',
        region_id: w.regionA,
        actor_username: expect.stringMatching(/^org-a\d+$/),
        summary: { code: 'T.01', name: 'Analisis Data', type: 'TECHNICAL' },
      },
      {
        entity_type: 'Competency',
        region_id: w.regionB,
        actor_username: expect.stringMatching(/^admin-l\d+$/),
        summary: { code: 'T.01', name: 'Keamanan Informasi', type: 'TECHNICAL' },
      },
    ]);
  });

  it('links a course to a specific competency of its type and region only', async () => {
    const all = await t.gql.ok<{
      competencies: { id: string; code: string; regionId: string | null }[];
    }>(COMPETENCIES, {}, w.admin);
    const m01 = all.competencies.find((c) => c.code === 'M.01')?.id;
    const techA = all.competencies.find((c) => c.code === 'T.01' && c.regionId === w.regionA)?.id;
    const techB = all.competencies.find((c) => c.code === 'T.01' && c.regionId === w.regionB)?.id;
    const ok = await lf.course(w.organizerA, {
      competency: 'MANAGERIAL',
      competencyId: m01,
      level: 4,
    });
    expect(ok.competency).toBe('MANAGERIAL');
    const withTech = await t.gql.ok<{ course: { specificCompetency: { name: string } } }>(
      `query($id: ID!) { course(id: $id) { specificCompetency { name } } }`,
      { id: (await lf.course(w.organizerA, { competencyId: techA })).id },
      w.organizerA,
    );
    expect(withTech.course.specificCompetency.name).toBe('Analisis Data');
    for (const [competency, competencyId] of [
      ['TECHNICAL', m01],
      ['TECHNICAL', techB],
    ]) {
      const e = await t.gql.fails(
        `mutation($input: CreateCourseInput!) { createCourse(input: $input) { id } }`,
        {
          input: {
            code: `BAD-${competencyId?.slice(0, 6)}`,
            title: 'Kursus',
            competency,
            competencyId,
            digital: false,
            jp: 2,
          },
        },
        w.organizerA,
      );
      expect(e.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'competencyId' });
    }
  });
});
