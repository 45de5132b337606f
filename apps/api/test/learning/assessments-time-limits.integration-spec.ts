import { AssessmentService } from '@lms/server/learning';

import { LearningFixtures, LearningWorld } from '../support/learning-fixtures';
import { startTestApp, TestApp } from '../support/test-app';
import { ANSWER, Attempt, ENROL, right, START, SUBMIT } from './assessments-queries';

describe('learning: question bank and pre/post-tests', () => {
  let t: TestApp;
  let lf: LearningFixtures;
  let w: LearningWorld;

  const start = async (token: string, courseId: string, kind: 'PRE' | 'POST') =>
    (await t.gql.ok<{ startAttempt: Attempt }>(START, { courseId, kind }, token)).startAttempt;

  beforeAll(async () => {
    t = await startTestApp();
    lf = new LearningFixtures(t);
    w = await lf.world();
  });

  afterAll(() => t?.close());

  describe('attempts', () => {
    it('enforces the time limit on the server: late answers are refused, the attempt closes at its deadline', async () => {
      const timed = await lf.publishedCourse(w.organizerA, {
        questions: 2,
        pre: null,
        post: { questionCount: 2, passingScore: 50, timeLimitMinutes: 10 },
      });
      await t.gql.ok(ENROL, { courseId: timed.id }, w.learnerA);
      const a = await start(w.learnerA, timed.id, 'POST');
      expect(Date.parse(a.deadlineAt as string) - Date.now()).toBeGreaterThan(9 * 60_000);
      const [q1, q2] = a.questions;
      await t.gql.ok(
        ANSWER,
        { attemptId: a.id, answer: { questionId: q1.id, optionIds: [right(q1)] } },
        w.learnerA,
      );
      // Eleven minutes pass (moved on the database clock the server trusts).
      await t.dataSource.query(
        `UPDATE assessment_attempts SET started_at = started_at - interval '11 minutes', deadline_at = deadline_at - interval '11 minutes' WHERE id = $1`,
        [a.id],
      );
      const late = await t.gql.fails(
        ANSWER,
        { attemptId: a.id, answer: { questionId: q2.id, optionIds: [right(q2)] } },
        w.learnerA,
      );
      expect(late.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'attemptId' });
      const [row] = await t.dataSource.query(
        `SELECT score::float8 AS score, passed, submitted_at = deadline_at AS at_deadline FROM assessment_attempts WHERE id = $1`,
        [a.id],
      );
      expect(row).toEqual({ score: 50, passed: true, at_deadline: true });
      const after = await t.gql.fails(SUBMIT, { attemptId: a.id, answers: [] }, w.learnerA);
      expect(after.extensions).toMatchObject({ code: 'CONFLICT', field: 'attemptId' });
    });

    it('scores a submit that arrives after the deadline at the deadline, ignoring the answers it carries', async () => {
      const timed = await lf.publishedCourse(w.organizerA, {
        questions: 2,
        course: { shared: true },
        pre: null,
        post: { questionCount: 2, passingScore: 100, timeLimitMinutes: 5 },
      });
      await t.gql.ok(ENROL, { courseId: timed.id }, w.learnerB);
      const a = await start(w.learnerB, timed.id, 'POST');
      await t.dataSource.query(
        `UPDATE assessment_attempts SET deadline_at = now() - interval '1 minute' WHERE id = $1`,
        [a.id],
      );
      const r = await t.gql.ok<{
        submitAttempt: {
          score: number;
          passed: boolean;
          lateAnswersIgnored: number;
          attempt: { submittedAt: string; deadlineAt: string };
          items: { selectedOptionIds: string[] }[];
        };
      }>(
        SUBMIT,
        {
          attemptId: a.id,
          answers: a.questions.map((q) => ({ questionId: q.id, optionIds: [right(q)] })),
        },
        w.learnerB,
      );
      expect(r.submitAttempt).toMatchObject({ score: 0, passed: false, lateAnswersIgnored: 2 });
      expect(r.submitAttempt.attempt.submittedAt).toBe(r.submitAttempt.attempt.deadlineAt);
      expect(r.submitAttempt.items.every((i) => i.selectedOptionIds.length === 0)).toBe(true);
    });

    it('closes an abandoned timed attempt for readers such as hasPassedPostTest', async () => {
      const timed = await lf.publishedCourse(w.organizerA, {
        questions: 1,
        pre: null,
        post: { questionCount: 1, passingScore: 100, timeLimitMinutes: 5 },
      });
      await t.gql.ok(ENROL, { courseId: timed.id }, w.learnerA);
      const a = await start(w.learnerA, timed.id, 'POST');
      await t.gql.ok(
        ANSWER,
        {
          attemptId: a.id,
          answer: { questionId: a.questions[0].id, optionIds: [right(a.questions[0])] },
        },
        w.learnerA,
      );
      expect(await t.get(AssessmentService).hasPassedPostTest(w.employeeA, timed.id)).toBe(false);
      await t.dataSource.query(
        `UPDATE assessment_attempts SET deadline_at = now() - interval '1 minute' WHERE id = $1`,
        [a.id],
      );
      expect(await t.get(AssessmentService).hasPassedPostTest(w.employeeA, timed.id)).toBe(true);
    });
  });
});
