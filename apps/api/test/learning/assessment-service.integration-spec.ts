import { AssessmentService } from '@lms/server/learning';

import { LearningFixtures, LearningWorld } from '../support/learning-fixtures';
import { startTestApp, TestApp } from '../support/test-app';

/** The two questions other areas ask (Bimtek completion, a class's gain), over stored attempts. */
describe('learning: AssessmentService for other areas', () => {
  let t: TestApp;
  let w: LearningWorld;
  let courseId: string;
  let preId: string;
  let postId: string;

  const attempt = async (
    assessmentId: string,
    kind: 'PRE' | 'POST',
    employeeId: string,
    n: number,
    score: number | null,
    submittedAt: string | null,
  ) => {
    await t.dataSource.query(
      `INSERT INTO assessment_attempts
         (assessment_id, course_id, kind, employee_id, attempt_number, started_at, submitted_at, score, passed)
       VALUES ($1, $2, $3, $4, $5, coalesce($6::timestamptz, now()), $6, $7, CASE WHEN $7::numeric IS NULL THEN NULL ELSE $7::numeric >= 70 END)`,
      [assessmentId, courseId, kind, employeeId, n, submittedAt, score],
    );
  };

  beforeAll(async () => {
    t = await startTestApp();
    const lf = new LearningFixtures(t);
    w = await lf.world();
    courseId = (await lf.course(w.organizerA, { shared: true })).id;
    const [pre] = await t.dataSource.query(
      `INSERT INTO assessments (course_id, kind, question_count, passing_score) VALUES ($1, 'PRE', 5, 0) RETURNING id`,
      [courseId],
    );
    const [post] = await t.dataSource.query(
      `INSERT INTO assessments (course_id, kind, question_count, passing_score) VALUES ($1, 'POST', 5, 70) RETURNING id`,
      [courseId],
    );
    preId = pre.id;
    postId = post.id;
    await attempt(preId, 'PRE', w.employeeA, 1, 40, '2025-03-01T02:00:00Z');
    await attempt(postId, 'POST', w.employeeA, 1, 60, '2025-03-02T02:00:00Z');
    await attempt(postId, 'POST', w.employeeA, 2, 85, '2025-03-03T02:00:00Z');
    await attempt(preId, 'PRE', w.employeeB, 1, 55.5, '2025-03-01T02:00:00Z');
    // An open attempt has no score yet and must not count.
    await attempt(postId, 'POST', w.employeeB, 1, null, null);
  });

  afterAll(() => t?.close());

  it('hasPassedPostTest: a passed, submitted POST attempt, optionally since a date', async () => {
    const svc = t.get(AssessmentService);
    expect(await svc.hasPassedPostTest(w.employeeA, courseId)).toBe(true);
    expect(await svc.hasPassedPostTest(w.employeeA, courseId, '2025-03-03')).toBe(true);
    expect(await svc.hasPassedPostTest(w.employeeA, courseId, '2025-03-04')).toBe(false);
    expect(await svc.hasPassedPostTest(w.employeeB, courseId)).toBe(false);
  });

  it('bestScores: the best submitted score per employee and kind', async () => {
    const svc = t.get(AssessmentService);
    const post = await svc.bestScores(courseId, [w.employeeA, w.employeeB], 'POST');
    expect([...post.entries()]).toEqual([[w.employeeA, 85]]);
    const pre = await svc.bestScores(courseId, [w.employeeA, w.employeeB], 'PRE');
    expect(pre.get(w.employeeA)).toBe(40);
    expect(pre.get(w.employeeB)).toBe(55.5);
    expect((await svc.bestScores(courseId, [], 'PRE')).size).toBe(0);
  });
});
