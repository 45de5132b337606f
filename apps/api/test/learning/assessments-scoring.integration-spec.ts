import { AssessmentService } from '@lms/server/learning';

import { BuiltCourse, LearningFixtures, LearningWorld } from '../support/learning-fixtures';
import { startTestApp, TestApp } from '../support/test-app';
import {
  ANSWER,
  ATTEMPT,
  Attempt,
  ENROL,
  GAIN,
  RESULT,
  right,
  START,
  SUBMIT,
  wrong,
} from './assessments-queries';

describe('learning: question bank and pre/post-tests', () => {
  let t: TestApp;
  let lf: LearningFixtures;
  let w: LearningWorld;
  let course: BuiltCourse;

  const start = async (token: string, courseId: string, kind: 'PRE' | 'POST') =>
    (await t.gql.ok<{ startAttempt: Attempt }>(START, { courseId, kind }, token)).startAttempt;

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

  describe('attempts', () => {
    it('never sends a correct answer before the attempt is submitted', async () => {
      // The schema itself has no way to ask: the learner's types carry no correctness field.
      const bad = await t.gql.request(
        `mutation($c: ID!) { startAttempt(courseId: $c, kind: PRE) { questions { options { id correct } } } }`,
        { c: course.id },
        { token: w.learnerA },
      );
      expect(bad.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      const types = await t.gql.ok<{
        __schema: { types: { name: string; fields: { name: string }[] | null }[] };
      }>(`{ __schema { types { name fields { name } } } }`);
      for (const name of [
        'AssessmentAttempt',
        'AttemptQuestion',
        'AttemptOption',
        'CourseProgress',
        'LearnerAssessment',
      ]) {
        const type = types.__schema.types.find((x) => x.name === name);
        expect(type).toBeDefined();
        expect(type?.fields?.map((f) => f.name).filter((f) => /correct|answer/i.test(f))).toEqual(
          [],
        );
      }

      // And no response on the way to submitting contains it, whatever is asked.
      const started = await lf.raw(START, { courseId: course.id, kind: 'PRE' }, w.learnerA);
      const attempt = (JSON.parse(started) as { data: { startAttempt: Attempt } }).data
        .startAttempt;
      const q = attempt.questions[0];
      const bodies = [
        started,
        await lf.raw(ATTEMPT, { id: attempt.id }, w.learnerA),
        await lf.raw(
          ANSWER,
          { attemptId: attempt.id, answer: { questionId: q.id, optionIds: [wrong(q)] } },
          w.learnerA,
        ),
        await lf.raw(
          `query($c: ID!) { myCourse(courseId: $c) { preTest { kind openAttemptId bestScore } } }`,
          { c: course.id },
          w.learnerA,
        ),
        await lf.raw(
          `query($c: ID!) { course(id: $c) { id assessments { kind questionCount passingScore } modules { lessons { id body } } } }`,
          { c: course.id },
          w.learnerA,
        ),
        await lf.raw(RESULT, { id: attempt.id }, w.learnerA),
      ];
      for (const body of bodies) {
        expect(body).not.toMatch(/"correct"|correctOptionIds|"passed":true/);
      }
      const result = JSON.parse(bodies[5]) as { errors: { extensions: { field: string } }[] };
      expect(result.errors[0].extensions.field).toBe('attemptId');

      const submitted = await t.gql.ok<{
        submitAttempt: { items: { correct: boolean; correctOptionIds: string[] | null }[] };
      }>(SUBMIT, { attemptId: attempt.id, answers: [] }, w.learnerA);
      // After submission the result says which answers were right; the options only when the test reveals them.
      expect(submitted.submitAttempt.items.map((i) => i.correct)).toEqual(Array(6).fill(false));
      expect(submitted.submitAttempt.items.every((i) => i.correctOptionIds === null)).toBe(true);
    });

    it('draws and shuffles per attempt, and scores on the server', async () => {
      const a = await start(w.learnerB, course.id, 'PRE');
      expect(a.questions).toHaveLength(6);
      expect(new Set(a.questions.map((q) => q.id))).toEqual(
        new Set(course.questions.map((q) => q.id)),
      );
      // Each question's options are a permutation of the bank's.
      for (const q of a.questions) {
        const bank = course.questions.find((b) => b.id === q.id);
        expect(q.options.map((o) => o.id).sort()).toEqual(bank?.options.map((o) => o.id).sort());
      }
      const answers = a.questions.map((q, i) => ({
        questionId: q.id,
        optionIds: [i < 3 ? right(q) : wrong(q)],
      }));
      const r = await t.gql.ok<{ submitAttempt: { score: number; passed: boolean } }>(
        SUBMIT,
        { attemptId: a.id, answers },
        w.learnerB,
      );
      expect(r.submitAttempt).toMatchObject({ score: 50, passed: true });

      // Orders differ between attempts (the chance of two identical orders of 4 of 6 questions is 1/360).
      const orders = new Set<string>();
      for (let i = 0; i < 2; i += 1) {
        const p = await start(w.learnerB, course.id, 'POST');
        orders.add(p.questions.map((q) => q.id).join());
        await t.gql.ok(SUBMIT, { attemptId: p.id, answers: [] }, w.learnerB);
      }
      const pre2 = await start(w.learnerA, course.id, 'PRE');
      orders.add(
        pre2.questions
          .slice(0, 4)
          .map((q) => q.id)
          .join(),
      );
      await t.gql.ok(SUBMIT, { attemptId: pre2.id, answers: [] }, w.learnerA);
      expect(orders.size).toBeGreaterThan(1);
    });

    it('refuses answers for a question or option outside the attempt', async () => {
      const other = await lf.publishedCourse(w.organizerA, { questions: 2, pre: null });
      await t.gql.ok(ENROL, { courseId: other.id }, w.learnerA);
      const a = await start(w.learnerA, other.id, 'POST');
      const e1 = await t.gql.fails(
        ANSWER,
        { attemptId: a.id, answer: { questionId: course.questions[0].id, optionIds: [] } },
        w.learnerA,
      );
      expect(e1.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'questionId' });
      const e2 = await t.gql.fails(
        ANSWER,
        {
          attemptId: a.id,
          answer: { questionId: a.questions[0].id, optionIds: [course.questions[0].options[0].id] },
        },
        w.learnerA,
      );
      expect(e2.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'optionIds' });
      const e3 = await t.gql.fails(
        ANSWER,
        {
          attemptId: a.id,
          answer: {
            questionId: a.questions[0].id,
            optionIds: a.questions[0].options.slice(0, 2).map((o) => o.id),
          },
        },
        w.learnerA,
      );
      expect(e3.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'optionIds' });
      // Someone else's attempt does not exist for them.
      expect((await t.gql.fails(ATTEMPT, { id: a.id }, w.learnerB)).extensions?.code).toBe(
        'NOT_FOUND',
      );
      await t.gql.ok(SUBMIT, { attemptId: a.id, answers: [] }, w.learnerA);
    });

    it('keeps a submitted attempt as it was', async () => {
      const other = await lf.publishedCourse(w.organizerA, {
        questions: 2,
        course: { shared: true },
        pre: null,
        post: { questionCount: 2, passingScore: 50 },
      });
      await t.gql.ok(ENROL, { courseId: other.id }, w.learnerB);
      const a = await start(w.learnerB, other.id, 'POST');
      const [q1, q2] = a.questions;
      const r = await t.gql.ok<{ submitAttempt: { score: number } }>(
        SUBMIT,
        {
          attemptId: a.id,
          answers: [
            { questionId: q1.id, optionIds: [right(q1)] },
            { questionId: q2.id, optionIds: [wrong(q2)] },
          ],
        },
        w.learnerB,
      );
      expect(r.submitAttempt.score).toBe(50);
      const again = await t.gql.fails(
        ANSWER,
        { attemptId: a.id, answer: { questionId: q2.id, optionIds: [right(q2)] } },
        w.learnerB,
      );
      expect(again.extensions).toMatchObject({ code: 'CONFLICT', field: 'attemptId' });
      const resubmit = await t.gql.fails(
        SUBMIT,
        { attemptId: a.id, answers: [{ questionId: q2.id, optionIds: [right(q2)] }] },
        w.learnerB,
      );
      expect(resubmit.extensions).toMatchObject({ code: 'CONFLICT', field: 'attemptId' });
      const [row] = await t.dataSource.query(
        `SELECT score::float8 AS score, (SELECT selected_option_ids::text FROM attempt_items WHERE attempt_id = $1 AND question_id = $2) AS selected
           FROM assessment_attempts WHERE id = $1`,
        [a.id, q2.id],
      );
      expect(row).toEqual({ score: 50, selected: `{${wrong(q2)}}` });
      // Neither can a question edit rewrite it: the used question is retired and replaced.
      const edited = await t.gql.ok<{ updateQuestion: { id: string } }>(
        `mutation($id: ID!, $input: QuestionInput!) { updateQuestion(id: $id, input: $input) { id } }`,
        {
          id: q2.id,
          input: {
            kind: 'SINGLE_CHOICE',
            text: 'Baru?',
            options: [
              { text: 'Benar', correct: false },
              { text: 'Lain', correct: true },
            ],
          },
        },
        w.organizerA,
      );
      expect(edited.updateQuestion.id).not.toBe(q2.id);
      const result = await t.gql.ok<{ attemptResult: { score: number } }>(
        RESULT,
        { id: a.id },
        w.learnerB,
      );
      expect(result.attemptResult.score).toBe(50);
    });

    it('counts attempts against the limit and resumes an open attempt instead of starting another', async () => {
      const limited = await lf.publishedCourse(w.organizerA, {
        questions: 1,
        pre: null,
        post: { questionCount: 1, maxAttempts: 2, passingScore: 100 },
      });
      await t.gql.ok(ENROL, { courseId: limited.id }, w.learnerA);
      const first = await start(w.learnerA, limited.id, 'POST');
      expect((await start(w.learnerA, limited.id, 'POST')).id).toBe(first.id);
      await t.gql.ok(SUBMIT, { attemptId: first.id, answers: [] }, w.learnerA);
      const second = await start(w.learnerA, limited.id, 'POST');
      await t.gql.ok(SUBMIT, { attemptId: second.id, answers: [] }, w.learnerA);
      const e = await t.gql.fails(START, { courseId: limited.id, kind: 'POST' }, w.learnerA);
      expect(e.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'kind' });
      expect(
        Number(
          (
            await t.dataSource.query(
              `SELECT count(*) AS n FROM assessment_attempts WHERE course_id = $1`,
              [limited.id],
            )
          )[0].n,
        ),
      ).toBe(2);
    });

    it('needs an enrolment for ONLINE courses, and a learner account', async () => {
      const fresh = await lf.publishedCourse(w.organizerA, { questions: 1, pre: null });
      const e = await t.gql.fails(START, { courseId: fresh.id, kind: 'POST' }, w.learnerA);
      expect(e.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'courseId' });
      expect(
        (await t.gql.fails(START, { courseId: fresh.id, kind: 'POST' }, w.organizerA)).extensions
          ?.code,
      ).toBe('FORBIDDEN');
    });

    it('reveals correct options after submission only when the test is set to', async () => {
      const open = await lf.publishedCourse(w.organizerA, {
        questions: 1,
        course: { shared: true },
        pre: null,
        post: { questionCount: 1, passingScore: 100, revealAnswers: true },
      });
      await t.gql.ok(ENROL, { courseId: open.id }, w.learnerB);
      const a = await start(w.learnerB, open.id, 'POST');
      const r = await t.gql.ok<{ submitAttempt: { items: { correctOptionIds: string[] }[] } }>(
        SUBMIT,
        { attemptId: a.id, answers: [] },
        w.learnerB,
      );
      expect(r.submitAttempt.items[0].correctOptionIds).toEqual([right(a.questions[0])]);
    });
  });

  describe('gain', () => {
    it('reports best post minus best pre per learner and on average, for staff of the learners’ region', async () => {
      const g = await lf.publishedCourse(w.organizerA, {
        questions: 4,
        course: { shared: true },
        pre: { questionCount: 4 },
        post: { questionCount: 4, passingScore: 50 },
      });
      await t.gql.ok(ENROL, { courseId: g.id }, w.learnerA);
      await t.gql.ok(ENROL, { courseId: g.id }, w.learnerB);
      const take = async (token: string, kind: 'PRE' | 'POST', rightCount: number) => {
        const a = await start(token, g.id, kind);
        const answers = a.questions.map((q, i) => ({
          questionId: q.id,
          optionIds: [i < rightCount ? right(q) : wrong(q)],
        }));
        await t.gql.ok(SUBMIT, { attemptId: a.id, answers }, token);
      };
      await take(w.learnerA, 'PRE', 1);
      await take(w.learnerA, 'POST', 3);
      await take(w.learnerB, 'PRE', 2);
      await take(w.learnerB, 'POST', 4);

      const admin = await t.gql.ok<{
        courseGain: {
          pairedCount: number;
          averagePre: number;
          averagePost: number;
          averageGain: number;
          learners: { gain: number }[];
        };
      }>(GAIN, { courseId: g.id }, w.admin);
      expect(admin.courseGain).toMatchObject({
        pairedCount: 2,
        averagePre: 37.5,
        averagePost: 87.5,
        averageGain: 50,
      });
      // Region A's organizer sees only region A's learner, even on a shared course.
      const own = await t.gql.ok<{
        courseGain: { pairedCount: number; learners: { gain: number }[] };
      }>(GAIN, { courseId: g.id }, w.organizerA);
      expect(own.courseGain.pairedCount).toBe(1);
      expect(own.courseGain.learners[0].gain).toBe(50);
      const my = await t.gql.ok<{ myCourse: { gain: number } }>(
        `query($c: ID!) { myCourse(courseId: $c) { gain } }`,
        { c: g.id },
        w.learnerB,
      );
      expect(my.myCourse.gain).toBe(50);
      expect((await t.gql.fails(GAIN, { courseId: g.id }, w.learnerA)).extensions?.code).toBe(
        'FORBIDDEN',
      );
      const best = await t
        .get(AssessmentService)
        .bestScores(g.id, [w.employeeA, w.employeeB], 'POST');
      expect(Object.fromEntries(best)).toEqual({ [w.employeeA]: 75, [w.employeeB]: 100 });
    });
  });
});
