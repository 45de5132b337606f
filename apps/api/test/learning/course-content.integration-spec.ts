import {
  ADD_LESSON,
  ADD_MODULE,
  CourseRow,
  LearningFixtures,
  LearningWorld,
  PUBLISH,
} from '../support/learning-fixtures';
import { startTestApp, TestApp } from '../support/test-app';

const OUTLINE = `query($id: ID!) {
  course(id: $id) { id status lessonCount modules { id title position lessons { id title position kind body file { filename } } } }
}`;
const UPLOAD = `mutation($input: UploadLearningFileInput!) {
  uploadLearningFile(input: $input) { id filename contentType sizeBytes sha256 downloadPath }
}`;
const ARCHIVE = `mutation($id: ID!) { archiveCourse(id: $id) { id status } }`;
const CATALOG = `query($search: String, $competency: CompetencyType, $level: Int, $delivery: CourseDelivery, $digital: Boolean, $first: Int, $after: String) {
  catalog(search: $search, competency: $competency, level: $level, delivery: $delivery, digital: $digital, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { code title } }
  }
}`;

describe('learning: course content, files, publishing, catalog', () => {
  let t: TestApp;
  let lf: LearningFixtures;
  let w: LearningWorld;
  let course: CourseRow;
  let moduleId: string;

  const pdf = Buffer.from('%PDF-1.4\n% modul SPBE\n');

  beforeAll(async () => {
    t = await startTestApp();
    lf = new LearningFixtures(t);
    w = await lf.world();
    course = await lf.course(w.organizerA, { code: 'CONTENT-1' });
    moduleId = (
      await t.gql.ok<{ addCourseModule: { id: string } }>(
        ADD_MODULE,
        { courseId: course.id, input: { title: 'Pengantar' } },
        w.organizerA,
      )
    ).addCourseModule.id;
  });

  afterAll(() => t?.close());

  it("answers module mutations with the module's lessons", async () => {
    const UPDATE_MODULE = `mutation($id: ID!, $input: ModuleInput!) {
      updateCourseModule(id: $id, input: $input) { id title lessons { id } }
    }`;
    const r = await t.gql.ok<{ updateCourseModule: { title: string; lessons: unknown[] } }>(
      UPDATE_MODULE,
      { id: moduleId, input: { title: 'Pengantar SPBE' } },
      w.organizerA,
    );
    expect(r.updateCourseModule).toMatchObject({ title: 'Pengantar SPBE', lessons: [] });
  });

  it('refuses to publish a course without lessons, naming lessons, and leaves it a draft', async () => {
    const e = await t.gql.fails(PUBLISH, { id: course.id }, w.organizerA);
    expect(e.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'lessons' });
    const [row] = await t.dataSource.query(`SELECT status FROM courses WHERE id = $1`, [course.id]);
    expect(row.status).toBe('DRAFT');
  });

  it('sanitizes rich text on the server', async () => {
    const l = await t.gql.ok<{ addLesson: { body: string } }>(
      ADD_LESSON,
      {
        moduleId,
        input: {
          title: 'Apa itu SPBE',
          kind: 'TEXT',
          body: '<h2>SPBE</h2><p onmouseover="steal()">Sistem <b>Pemerintahan</b> Berbasis Elektronik</p><script>alert(1)</script><a href="javascript:alert(1)">x</a>',
        },
      },
      w.organizerA,
    );
    expect(l.addLesson.body).toBe(
      '<h2>SPBE</h2><p>Sistem <b>Pemerintahan</b> Berbasis Elektronik</p><a rel="noopener noreferrer" target="_blank">x</a>',
    );
  });

  it.each([
    [
      'a TEXT lesson whose body is only markup',
      { kind: 'TEXT', body: '<script>x</script>' },
      'body',
    ],
    ['a VIDEO lesson without videoUrl', { kind: 'VIDEO' }, 'videoUrl'],
    [
      'a video link that is not http(s)',
      { kind: 'VIDEO', videoUrl: 'javascript:alert(1)' },
      'videoUrl',
    ],
    ['a LINK lesson without externalUrl', { kind: 'LINK' }, 'externalUrl'],
    ['a FILE lesson without a file', { kind: 'FILE' }, 'fileId'],
    [
      'a FILE lesson with another course’s file',
      { kind: 'FILE', fileId: '00000000-0000-4000-8000-000000000001' },
      'fileId',
    ],
  ])('rejects %s naming the field', async (_label, patch, field) => {
    const e = await t.gql.fails(
      ADD_LESSON,
      { moduleId, input: { title: 'Pelajaran', ...patch } },
      w.organizerA,
    );
    expect(e.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('keeps video and link lessons and orders lessons by position', async () => {
    await t.gql.ok(
      ADD_LESSON,
      {
        moduleId,
        input: {
          title: 'Video',
          kind: 'VIDEO',
          videoUrl: 'https://www.youtube.com/watch?v=abc',
          position: 0,
        },
      },
      w.organizerA,
    );
    await t.gql.ok(
      ADD_LESSON,
      { moduleId, input: { title: 'Tautan', kind: 'LINK', externalUrl: 'https://spbe.go.id' } },
      w.organizerA,
    );
    const o = await t.gql.ok<{
      course: {
        lessonCount: number;
        modules: { lessons: { title: string; position: number }[] }[];
      };
    }>(OUTLINE, { id: course.id }, w.organizerA);
    expect(o.course.modules[0].lessons.map((l) => [l.title, l.position])).toEqual([
      ['Video', 0],
      ['Apa itu SPBE', 1],
      ['Tautan', 2],
    ]);
    expect(o.course.lessonCount).toBe(3);
  });

  it('stores an uploaded handout under DATA_DIR and serves it to who may see the course', async () => {
    const up = await t.gql.ok<{
      uploadLearningFile: { id: string; sizeBytes: number; downloadPath: string; sha256: string };
    }>(
      UPLOAD,
      {
        input: {
          courseId: course.id,
          filename: 'modul-spbe.pdf',
          contentType: 'application/pdf',
          contentBase64: pdf.toString('base64'),
        },
      },
      w.organizerA,
    );
    expect(up.uploadLearningFile.sizeBytes).toBe(pdf.length);
    const [row] = await t.dataSource.query(`SELECT storage_key FROM learning_files WHERE id = $1`, [
      up.uploadLearningFile.id,
    ]);
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    expect(readFileSync(join(t.config.dataDir, 'learning-files', row.storage_key))).toEqual(pdf);

    await t.gql.ok(
      ADD_LESSON,
      { moduleId, input: { title: 'Unduh modul', kind: 'FILE', fileId: up.uploadLearningFile.id } },
      w.organizerA,
    );
    const get = (token?: string) =>
      fetch(`${t.url}${up.uploadLearningFile.downloadPath}`, {
        headers: token ? { authorization: `Bearer ${token}` } : {},
      });
    const res = await get(w.organizerA);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toContain('attachment');
    expect(Buffer.from(await res.arrayBuffer())).toEqual(pdf);
    expect((await get()).status).toBe(401);
    // A draft course (and its files) is hidden from learners and from other regions.
    expect((await get(w.learnerA)).status).toBe(404);
    expect((await get(w.organizerB)).status).toBe(404);
  });

  it.each([
    ['an HTML file', { filename: 'x.html', contentType: 'text/html' }, 'contentType'],
    [
      'a name not matching its type',
      { filename: 'x.exe', contentType: 'application/pdf' },
      'filename',
    ],
    [
      'a file over 10 MB',
      { contentBase64: Buffer.alloc(10 * 1024 * 1024 + 1).toString('base64') },
      'contentBase64',
    ],
    ['content that is not base64', { contentBase64: '***' }, 'contentBase64'],
  ])('refuses to upload %s', async (_label, patch, field) => {
    const before = await t.dataSource.query(`SELECT count(*)::int AS n FROM learning_files`);
    const input = {
      courseId: course.id,
      filename: 'a.pdf',
      contentType: 'application/pdf',
      contentBase64: pdf.toString('base64'),
      ...patch,
    };
    const e = await t.gql.fails(UPLOAD, { input }, w.organizerA);
    expect(e.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM learning_files`)).toEqual(
      before,
    );
  });

  it('lets only the owner region’s organizers edit content', async () => {
    const e = await t.gql.fails(
      ADD_MODULE,
      { courseId: course.id, input: { title: 'Asing' } },
      w.organizerB,
    );
    expect(e.extensions?.code).toBe('NOT_FOUND');
    expect(
      (await t.gql.fails(ADD_MODULE, { courseId: course.id, input: { title: 'X' } }, w.learnerA))
        .extensions?.code,
    ).toBe('FORBIDDEN');
  });

  it('publishes, shows learners the published course and file, then archives it read-only', async () => {
    const p = await t.gql.ok<{ publishCourse: { status: string } }>(
      PUBLISH,
      { id: course.id },
      w.organizerA,
    );
    expect(p.publishCourse.status).toBe('PUBLISHED');
    expect((await t.gql.fails(PUBLISH, { id: course.id }, w.organizerA)).extensions).toMatchObject({
      field: 'status',
    });
    const seen = await t.gql.ok<{
      course: { modules: { lessons: { file: { filename: string } | null }[] }[] };
    }>(OUTLINE, { id: course.id }, w.learnerA);
    expect(seen.course.modules[0].lessons.map((l) => l.file?.filename ?? null)).toContain(
      'modul-spbe.pdf',
    );
    const a = await t.gql.ok<{ archiveCourse: { status: string } }>(
      ARCHIVE,
      { id: course.id },
      w.organizerA,
    );
    expect(a.archiveCourse.status).toBe('ARCHIVED');
    const e = await t.gql.fails(
      ADD_MODULE,
      { courseId: course.id, input: { title: 'Lagi' } },
      w.organizerA,
    );
    expect(e.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'courseId' });
    expect((await t.gql.fails(OUTLINE, { id: course.id }, w.learnerA)).extensions?.code).toBe(
      'NOT_FOUND',
    );
  });

  describe('catalog', () => {
    beforeAll(async () => {
      const mk = (token: string, input: Record<string, unknown>) =>
        lf.publishedCourse(token, { course: input, questions: 1, pre: null });
      await mk(w.organizerA, {
        code: 'CAT-A1',
        title: 'Analisis Data Kepegawaian',
        competency: 'TECHNICAL',
        level: 2,
        digital: true,
      });
      await mk(w.organizerA, {
        code: 'CAT-A2',
        title: 'Etika Pelayanan Publik',
        competency: 'MANAGERIAL',
        level: 3,
        digital: false,
      });
      await mk(w.organizerA, {
        code: 'CAT-A3',
        title: 'Bimtek Keamanan Informasi',
        competency: 'TECHNICAL',
        delivery: 'FACE_TO_FACE',
        digital: true,
      });
      await mk(w.organizerB, {
        code: 'CAT-B1',
        title: 'Wawasan Kebangsaan',
        competency: 'SOCIO_CULTURAL',
        shared: true,
        digital: false,
      });
      await mk(w.organizerB, {
        code: 'CAT-B2',
        title: 'Tata Naskah Dinas B',
        competency: 'TECHNICAL',
        digital: false,
      });
      await lf.course(w.organizerA, { code: 'CAT-A4-DRAFT', title: 'Draf Belum Terbit' });
    });

    const codes = async (token: string, vars: Record<string, unknown> = {}) =>
      (
        await t.gql.ok<{ catalog: { edges: { node: { code: string } }[] } }>(
          CATALOG,
          { first: 50, ...vars },
          token,
        )
      ).catalog.edges.map((e) => e.node.code);

    it('shows a learner published courses of their region and shared ones, by title', async () => {
      expect(await codes(w.learnerA)).toEqual(['CAT-A1', 'CAT-A3', 'CAT-A2', 'CAT-B1']);
      expect(await codes(w.learnerB)).toEqual(['CAT-B2', 'CAT-B1']);
    });

    it('filters by search, competency, level, delivery and digital', async () => {
      expect(await codes(w.learnerA, { search: 'data' })).toEqual(['CAT-A1']);
      expect(await codes(w.learnerA, { competency: 'MANAGERIAL' })).toEqual(['CAT-A2']);
      expect(await codes(w.learnerA, { level: 3 })).toEqual(['CAT-A2']);
      expect(await codes(w.learnerA, { delivery: 'FACE_TO_FACE' })).toEqual(['CAT-A3']);
      expect(await codes(w.learnerA, { digital: true })).toEqual(['CAT-A1', 'CAT-A3']);
      expect(await codes(w.learnerA, { search: '100%_' })).toEqual([]);
    });

    it('pages with cursors', async () => {
      const first = await t.gql.ok<{
        catalog: {
          totalCount: number;
          pageInfo: { hasNextPage: boolean; endCursor: string };
          edges: { node: { code: string } }[];
        };
      }>(CATALOG, { first: 2 }, w.learnerA);
      expect(first.catalog.totalCount).toBe(4);
      expect(first.catalog.pageInfo.hasNextPage).toBe(true);
      expect(
        await codes(w.learnerA, { first: 2, after: first.catalog.pageInfo.endCursor }),
      ).toEqual(['CAT-A2', 'CAT-B1']);
    });
  });
});
