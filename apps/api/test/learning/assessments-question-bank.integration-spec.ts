import {
  BuiltCourse,
  CONFIGURE,
  CREATE_QUESTION,
  LearningFixtures,
  LearningWorld,
} from '../support/learning-fixtures';
import { startTestApp, TestApp } from '../support/test-app';
import { BANK, ENROL } from './assessments-queries';

describe('learning: question bank and pre/post-tests', () => {
  let t: TestApp;
  let lf: LearningFixtures;
  let w: LearningWorld;
  let course: BuiltCourse;

  beforeAll(async () => {
    t = await startTestApp();
    lf = new LearningFixtures(t);
    w = await lf.world();
    course = await lf.publishedCourse(w.organizerA, {
      questions: 6,
      course: { shared: true },
      pre: { questionCount: 6 },
      post: { questionCount: 4, maxAttempts: 2, passingScore: 75 },
    });
    await t.gql.ok(ENROL, { courseId: course.id }, w.learnerA);
    await t.gql.ok(ENROL, { courseId: course.id }, w.learnerB);
  });

  afterAll(() => t?.close());

  describe('question bank', () => {
    const ask = (kind: string, options: { text: string; correct: boolean }[]) =>
      t.gql.fails(
        CREATE_QUESTION,
        { courseId: course.id, input: { kind, text: 'Apa itu SPBE?', options } },
        w.organizerA,
      );

    it.each([
      [
        'without a correct option',
        'SINGLE_CHOICE',
        [
          { text: 'a', correct: false },
          { text: 'b', correct: false },
        ],
      ],
      [
        'multiple choice without a correct option',
        'MULTIPLE_CHOICE',
        [
          { text: 'a', correct: false },
          { text: 'b', correct: false },
        ],
      ],
      [
        'single choice with two correct options',
        'SINGLE_CHOICE',
        [
          { text: 'a', correct: true },
          { text: 'b', correct: true },
        ],
      ],
      [
        'true/false with three options',
        'TRUE_FALSE',
        [
          { text: 'Benar', correct: true },
          { text: 'Salah', correct: false },
          { text: 'Ragu', correct: false },
        ],
      ],
      ['one option only', 'SINGLE_CHOICE', [{ text: 'a', correct: true }]],
      [
        'two options with the same text',
        'SINGLE_CHOICE',
        [
          { text: 'a', correct: true },
          { text: 'A', correct: false },
        ],
      ],
    ])('rejects a question %s, naming options, writing nothing', async (_label, kind, options) => {
      const before = await t.dataSource.query(`SELECT count(*)::int AS n FROM questions`);
      const e = await ask(kind, options);
      expect(e.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'options' });
      expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM questions`)).toEqual(before);
    });

    it('accepts multiple choice with several correct options and true/false', async () => {
      const mc = await t.gql.ok<{ createQuestion: { options: { correct: boolean }[] } }>(
        CREATE_QUESTION,
        {
          courseId: course.id,
          input: {
            kind: 'MULTIPLE_CHOICE',
            text: 'Mana yang termasuk data pribadi?',
            options: [
              { text: 'NIK', correct: true },
              { text: 'Alamat rumah', correct: true },
              { text: 'Nama dinas', correct: false },
            ],
          },
        },
        w.organizerA,
      );
      expect(mc.createQuestion.options.map((o) => o.correct)).toEqual([true, true, false]);
      // Retire it again so every drawn question below keeps "Benar" as its single correct option.
      const id = (
        await t.dataSource.query(`SELECT id FROM questions WHERE kind = 'MULTIPLE_CHOICE'`)
      )[0].id;
      await t.gql.ok(`mutation($id: ID!) { removeQuestion(id: $id) }`, { id }, w.organizerA);
    });

    it('is for the course’s editors only: learners, HR and other regions cannot read it', async () => {
      expect((await t.gql.fails(BANK, { courseId: course.id }, w.learnerA)).extensions?.code).toBe(
        'FORBIDDEN',
      );
      expect((await t.gql.fails(BANK, { courseId: course.id }, w.hrA)).extensions?.code).toBe(
        'FORBIDDEN',
      );
      // A shared course is visible in region B, but its bank is not B's to read.
      expect(
        (await t.gql.fails(BANK, { courseId: course.id }, w.organizerB)).extensions?.code,
      ).toBe('FORBIDDEN');
      const own = await t.gql.ok<{ questionBank: unknown[] }>(
        BANK,
        { courseId: course.id },
        w.organizerA,
      );
      expect(own.questionBank).toHaveLength(6);
    });

    it('validates test settings naming the field', async () => {
      const e = await t.gql.fails(
        CONFIGURE,
        { courseId: course.id, kind: 'POST', input: { questionCount: 4, passingScore: 101 } },
        w.organizerA,
      );
      expect(e.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'passingScore' });
    });
  });
});
