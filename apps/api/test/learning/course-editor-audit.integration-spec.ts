import {
  ADD_LESSON,
  ADD_MODULE,
  CONFIGURE,
  CREATE_QUESTION,
  LearningFixtures,
  LearningWorld,
  PUBLISH,
} from '../support/learning-fixtures';
import { startTestApp, TestApp } from '../support/test-app';

const UPDATE = `mutation($id: ID!, $input: UpdateCourseInput!) { updateCourse(id: $id, input: $input) { id } }`;
const EDITS = {
  updateModule: `mutation($id: ID!, $input: ModuleInput!) { updateCourseModule(id: $id, input: $input) { id } }`,
  removeModule: `mutation($id: ID!) { removeCourseModule(id: $id) }`,
  updateLesson: `mutation($id: ID!, $input: LessonInput!) { updateLesson(id: $id, input: $input) { id } }`,
  removeLesson: `mutation($id: ID!) { removeLesson(id: $id) }`,
  upload: `mutation($input: UploadLearningFileInput!) { uploadLearningFile(input: $input) { id } }`,
  updateQuestion: `mutation($id: ID!, $input: QuestionInput!) { updateQuestion(id: $id, input: $input) { id } }`,
  removeQuestion: `mutation($id: ID!) { removeQuestion(id: $id) }`,
  removeAssessment: `mutation($courseId: ID!, $kind: AssessmentKind!) { removeAssessment(courseId: $courseId, kind: $kind) }`,
  archive: `mutation($id: ID!) { archiveCourse(id: $id) { id } }`,
};
const QUESTION = {
  kind: 'SINGLE_CHOICE',
  text: 'Apa kepanjangan SPBE?',
  options: [
    { text: 'Sistem Pemerintahan Berbasis Elektronik', correct: true },
    { text: 'Sistem Pelayanan Biasa', correct: false },
  ],
};

interface AuditRow {
  action: string;
  entity_type: string;
  entity_id: string;
  region_id: string | null;
  actor_username: string | null;
  summary: Record<string, unknown>;
}

/** Every write of the course editor leaves an audit event; the learner's side is in learner-journey. */
describe('learning: the audit trail of the course editor', () => {
  let t: TestApp;
  let lf: LearningFixtures;
  let w: LearningWorld;

  beforeAll(async () => {
    t = await startTestApp();
    lf = new LearningFixtures(t);
    w = await lf.world();
  });

  afterAll(() => t?.close());

  /** The events about one course: the course itself and everything naming it in its summary. */
  const trailOf = (courseId: string): Promise<AuditRow[]> =>
    t.dataSource.query(
      `SELECT action, entity_type, entity_id, region_id, actor_username, summary FROM audit_events
        WHERE entity_id = $1 OR summary->>'courseId' = $1 ORDER BY id`,
      [courseId],
    );
  const ok = <T>(query: string, variables: Record<string, unknown>) =>
    t.gql.ok<T>(query, variables, w.organizerA);

  it('records every editor write with its actor, the course’s region and a small summary', async () => {
    const c = await lf.course(w.organizerA, { code: 'AUDIT-1', title: 'Audit SPBE' });
    await ok(UPDATE, { id: c.id, input: { jp: 6, description: 'Panjang sekali' } });
    const add = (title: string) =>
      ok<{ addCourseModule: { id: string } }>(ADD_MODULE, { courseId: c.id, input: { title } });
    const m1 = (await add('Modul A')).addCourseModule.id;
    const m2 = (await add('Modul B')).addCourseModule.id;
    await ok(EDITS.updateModule, { id: m2, input: { title: 'Modul B2', position: 0 } });
    const file = { courseId: c.id, filename: 'modul.txt', contentType: 'text/plain' };
    await ok(EDITS.upload, { input: { ...file, contentBase64: 'aGFsbw==' } });
    const lesson = (moduleId: string, body: string) =>
      ok<{ addLesson: { id: string } }>(ADD_LESSON, {
        moduleId,
        input: { title: 'Pelajaran', kind: 'TEXT', body },
      });
    const l1 = (await lesson(m1, '<p>Materi rahasia</p>')).addLesson.id;
    const l2 = (await lesson(m2, '<p>Materi dua</p>')).addLesson.id;
    await ok(EDITS.updateLesson, {
      id: l1,
      input: { title: 'Pelajaran 1', kind: 'TEXT', body: '<p>Baru</p>' },
    });
    await ok(EDITS.removeLesson, { id: l2 });
    await ok(EDITS.removeModule, { id: m2 });
    const question = () =>
      ok<{ createQuestion: { id: string } }>(CREATE_QUESTION, {
        courseId: c.id,
        input: QUESTION,
      });
    const q1 = (await question()).createQuestion.id;
    const q2 = (await question()).createQuestion.id;
    await ok(EDITS.updateQuestion, { id: q1, input: { ...QUESTION, points: 2 } });
    await ok(EDITS.removeQuestion, { id: q2 });
    const settings = { questionCount: 1, passingScore: 60 };
    await ok(CONFIGURE, { courseId: c.id, kind: 'POST', input: settings });
    await ok(CONFIGURE, { courseId: c.id, kind: 'PRE', input: settings });
    await ok(EDITS.removeAssessment, { courseId: c.id, kind: 'PRE' });
    await ok(PUBLISH, { id: c.id });
    await ok(EDITS.archive, { id: c.id });

    const trail = await trailOf(c.id);
    expect(trail.map((e) => `${e.action} ${e.entity_type}`)).toEqual([
      'createCourse Course',
      'updateCourse Course',
      'addCourseModule CourseModule',
      'addCourseModule CourseModule',
      'updateCourseModule CourseModule',
      'uploadLearningFile LearningFile',
      'addLesson Lesson',
      'addLesson Lesson',
      'updateLesson Lesson',
      'removeLesson Lesson',
      'removeCourseModule CourseModule',
      'createQuestion Question',
      'createQuestion Question',
      'updateQuestion Question',
      'removeQuestion Question',
      'configureAssessment Assessment',
      'configureAssessment Assessment',
      'removeAssessment Assessment',
      'publishCourse Course',
      'archiveCourse Course',
    ]);
    for (const e of trail) {
      expect(e.actor_username).toMatch(/^org-a\d+$/);
      expect(e.region_id).toBe(w.regionA);
    }
    const byAction = (action: string) => trail.filter((e) => e.action === action);
    expect(byAction('createCourse')[0]).toMatchObject({
      entity_id: c.id,
      summary: { code: 'AUDIT-1' },
    });
    expect(byAction('updateCourse')[0].summary).toEqual({
      code: 'AUDIT-1',
      changes: { jp: [4, 6], description: 'changed' },
    });
    expect(byAction('updateCourseModule')[0]).toMatchObject({
      entity_id: m2,
      summary: { before: { title: 'Modul B', position: 1 }, title: 'Modul B2', position: 0 },
    });
    expect(byAction('removeLesson')[0].entity_id).toBe(l2);
    expect(byAction('removeCourseModule')[0].summary).toMatchObject({
      title: 'Modul B2',
      lessons: 0,
    });
    expect(byAction('uploadLearningFile')[0].summary).toMatchObject({
      filename: 'modul.txt',
      sizeBytes: 4,
    });
    expect(byAction('updateQuestion')[0].summary).toMatchObject({ points: 2, options: 2 });
    expect(byAction('configureAssessment')[0].summary).toMatchObject({
      kind: 'POST',
      created: true,
      passingScore: 60,
    });
    expect(byAction('publishCourse')[0].summary).toEqual({ code: 'AUDIT-1', lessons: 1 });
    // Summaries name things; they never copy lesson bodies or question texts.
    const text = JSON.stringify(trail.map((e) => e.summary));
    expect(text).not.toContain('Materi rahasia');
    expect(text).not.toContain('kepanjangan');
  });

  it('records an ADMIN’s course in its region, and nothing for a refused write', async () => {
    const c = await lf.course(w.admin, { code: 'AUDIT-ADM', regionId: w.regionB });
    const refused = await t.gql.fails(UPDATE, { id: c.id, input: { jp: 9 } }, w.organizerA);
    expect(refused.extensions?.code).toBe('NOT_FOUND');
    expect(await t.gql.fails(PUBLISH, { id: c.id }, w.admin)).toBeDefined();
    const trail = await trailOf(c.id);
    expect(trail).toEqual([
      expect.objectContaining({ action: 'createCourse', region_id: w.regionB }),
    ]);
    expect(trail[0].actor_username).toMatch(/^admin-l\d+$/);
  });
});
