import { BuiltCourse, LearningFixtures, LearningWorld } from '../support/learning-fixtures';
import { startTestApp, TestApp } from '../support/test-app';

const ENROL = `mutation($courseId: ID!) { enrolInCourse(courseId: $courseId) { id status } }`;
const START = `mutation($courseId: ID!, $kind: AssessmentKind!) {
  startAttempt(courseId: $courseId, kind: $kind) { id questions { id options { id text } } }
}`;
const SUBMIT = `mutation($attemptId: ID!, $answers: [AnswerInput!]) { submitAttempt(attemptId: $attemptId, answers: $answers) { score passed } }`;
const COMPLETE = `mutation($lessonId: ID!) {
  completeLesson(lessonId: $lessonId) { lessonsDone lessonsTotal progress enrolment { status completedAt } }
}`;
const MY_COURSE = `query($c: ID!) {
  myCourse(courseId: $c) {
    lessonsDone lessonsTotal progress completedLessonIds enrolment { status }
    preTest { kind attemptsUsed bestScore passed openAttemptId }
    postTest { kind attemptsUsed attemptsLeft bestScore passed }
    gain
  }
}`;
const MY_JP = `query($year: Int) { myJp(year: $year) { year totalJp obligation progress met records { title jp source competency digital completedOn } } }`;
const MY_LEARNING = `{ myLearning { progress enrolment { status } course { code title jp } } }`;
const ANSWER = `mutation($attemptId: ID!, $answer: AnswerInput!) { answerQuestion(attemptId: $attemptId, answer: $answer) { id } }`;
const ATTEMPT = `query($id: ID!) { attempt(id: $id) { id } }`;

interface Q {
  id: string;
  options: { id: string; text: string }[];
}

describe('learning: a learner’s journey through a self-paced course', () => {
  let t: TestApp;
  let lf: LearningFixtures;
  let w: LearningWorld;
  let course: BuiltCourse;
  const year = new Date().getFullYear();

  const take = async (kind: 'PRE' | 'POST', rightCount: number) => {
    const a = (
      await t.gql.ok<{ startAttempt: { id: string; questions: Q[] } }>(
        START,
        { courseId: course.id, kind },
        w.learnerA,
      )
    ).startAttempt;
    const answers = a.questions.map((q, i) => ({
      questionId: q.id,
      optionIds: [
        q.options.find((o) => (i < rightCount ? o.text === 'Benar' : o.text !== 'Benar'))?.id,
      ],
    }));
    return (
      await t.gql.ok<{ submitAttempt: { score: number; passed: boolean } }>(
        SUBMIT,
        { attemptId: a.id, answers },
        w.learnerA,
      )
    ).submitAttempt;
  };

  const ledgerRows = async () =>
    t.dataSource.query(
      `SELECT source, source_ref, jp::float8 AS jp, employee_id, region_id FROM learning_records WHERE course_id = $1`,
      [course.id],
    );

  beforeAll(async () => {
    t = await startTestApp();
    lf = new LearningFixtures(t);
    w = await lf.world();
    course = await lf.publishedCourse(w.organizerA, {
      course: { code: 'PERJALANAN', title: 'Literasi Digital ASN', jp: 12.5, digital: true },
      lessons: 3,
      questions: 4,
      post: { questionCount: 4, passingScore: 75 },
    });
  });

  afterAll(() => t?.close());

  it('starts with no JP this year', async () => {
    const jp = await t.gql.ok<{
      myJp: { totalJp: number; obligation: number; progress: number; met: boolean };
    }>(MY_JP, {}, w.learnerA);
    expect(jp.myJp).toMatchObject({ totalJp: 0, obligation: 20, progress: 0, met: false });
  });

  it('refuses self-enrolment in a course that is not ONLINE, not published or not visible', async () => {
    const f2f = await lf.publishedCourse(w.organizerA, {
      course: { delivery: 'FACE_TO_FACE' },
      questions: 1,
      pre: null,
      post: null,
    });
    expect((await t.gql.fails(ENROL, { courseId: f2f.id }, w.learnerA)).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'courseId',
    });
    const draft = await lf.course(w.organizerA);
    expect((await t.gql.fails(ENROL, { courseId: draft.id }, w.learnerA)).extensions?.code).toBe(
      'NOT_FOUND',
    );
    expect((await t.gql.fails(ENROL, { courseId: course.id }, w.learnerB)).extensions?.code).toBe(
      'NOT_FOUND',
    );
    expect((await t.gql.fails(ENROL, { courseId: course.id }, w.organizerA)).extensions?.code).toBe(
      'FORBIDDEN',
    );
  });

  it('enrols once, however often asked', async () => {
    const a = await t.gql.ok<{ enrolInCourse: { id: string; status: string } }>(
      ENROL,
      { courseId: course.id },
      w.learnerA,
    );
    const b = await t.gql.ok<{ enrolInCourse: { id: string } }>(
      ENROL,
      { courseId: course.id },
      w.learnerA,
    );
    expect(a.enrolInCourse.status).toBe('ACTIVE');
    expect(b.enrolInCourse.id).toBe(a.enrolInCourse.id);
    // One event: the second request changed nothing, the refused ones above wrote nothing.
    const events = await t.dataSource.query(
      `SELECT entity_type, entity_id, region_id, actor_username, summary, occurred_at FROM audit_events
        WHERE action = 'enrolInCourse' AND summary->>'courseId' = $1`,
      [course.id],
    );
    expect(events).toEqual([
      {
        entity_type: 'CourseEnrolment',
        entity_id: a.enrolInCourse.id,
        region_id: w.regionA,
        actor_username: expect.stringMatching(/^learner-a\d+$/),
        summary: { courseId: course.id, code: 'PERJALANAN', employeeId: w.employeeA },
        occurred_at: expect.any(Date),
      },
    ]);
  });

  it('takes the pre-test, then the lessons, but does not complete without passing the post-test', async () => {
    expect((await take('PRE', 1)).score).toBe(25);
    for (const lessonId of course.lessonIds) {
      await t.gql.ok(COMPLETE, { lessonId }, w.learnerA);
    }
    // Marking a lesson twice changes nothing.
    const again = await t.gql.ok<{
      completeLesson: { lessonsDone: number; progress: number; enrolment: { status: string } };
    }>(COMPLETE, { lessonId: course.lessonIds[0] }, w.learnerA);
    expect(again.completeLesson).toMatchObject({
      lessonsDone: 3,
      progress: 1,
      enrolment: { status: 'ACTIVE' },
    });
    expect((await take('POST', 2)).passed).toBe(false);
    expect(await ledgerRows()).toEqual([]);
  });

  it('completes on passing the post-test and credits the JP once, in the ledger', async () => {
    expect((await take('POST', 3)).passed).toBe(true);
    const my = await t.gql.ok<{ myCourse: Record<string, unknown> }>(
      MY_COURSE,
      { c: course.id },
      w.learnerA,
    );
    expect(my.myCourse).toMatchObject({
      lessonsDone: 3,
      lessonsTotal: 3,
      progress: 1,
      enrolment: { status: 'COMPLETED' },
      preTest: { kind: 'PRE', attemptsUsed: 1, bestScore: 25, openAttemptId: null },
      postTest: { kind: 'POST', attemptsUsed: 2, bestScore: 75, passed: true, attemptsLeft: null },
      gain: 50,
    });
    const rows = await ledgerRows();
    expect(rows).toEqual([
      {
        source: 'SELF_PACED',
        source_ref: expect.any(String),
        jp: 12.5,
        employee_id: w.employeeA,
        region_id: w.regionA,
      },
    ]);

    // Passing again, or marking lessons again, never credits twice.
    await take('POST', 4);
    await t.gql.ok(COMPLETE, { lessonId: course.lessonIds[1] }, w.learnerA);
    expect(await ledgerRows()).toHaveLength(1);
  });

  it('shows the course on "Pembelajaran saya" and moves this year’s JP bar', async () => {
    const jp = await t.gql.ok<{
      myJp: {
        year: number;
        totalJp: number;
        progress: number;
        met: boolean;
        records: { title: string; source: string }[];
      };
    }>(MY_JP, { year }, w.learnerA);
    expect(jp.myJp).toMatchObject({ year, totalJp: 12.5, progress: 0.625, met: false });
    expect(jp.myJp.records).toEqual([
      expect.objectContaining({
        title: 'Literasi Digital ASN',
        source: 'SELF_PACED',
        competency: 'TECHNICAL',
        digital: true,
      }),
    ]);
    const list = await t.gql.ok<{
      myLearning: { progress: number; enrolment: { status: string }; course: { code: string } }[];
    }>(MY_LEARNING, {}, w.learnerA);
    expect(list.myLearning).toEqual([
      {
        progress: 1,
        enrolment: { status: 'COMPLETED' },
        course: { code: 'PERJALANAN', title: 'Literasi Digital ASN', jp: 12.5 },
      },
    ]);
    expect((await t.gql.fails(MY_JP, { year: 12 }, w.learnerA)).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'year',
    });
    expect((await t.gql.fails(MY_JP, {}, w.organizerA)).extensions?.code).toBe('FORBIDDEN');
  });

  it('completes a course without a post-test when every lesson is done', async () => {
    const simple = await lf.publishedCourse(w.organizerA, {
      lessons: 1,
      questions: 1,
      pre: null,
      post: null,
      course: { jp: 7.5 },
    });
    await t.gql.ok(ENROL, { courseId: simple.id }, w.learnerA);
    const r = await t.gql.ok<{ completeLesson: { enrolment: { status: string } } }>(
      COMPLETE,
      { lessonId: simple.lessonIds[0] },
      w.learnerA,
    );
    expect(r.completeLesson.enrolment.status).toBe('COMPLETED');
    const jp = await t.gql.ok<{ myJp: { totalJp: number; met: boolean; progress: number } }>(
      MY_JP,
      {},
      w.learnerA,
    );
    expect(jp.myJp).toMatchObject({ totalJp: 20, met: true, progress: 1 });
  });

  describe('audit trail', () => {
    const learnerTrail = (): Promise<
      {
        action: string;
        actor_username: string | null;
        region_id: string;
        summary: Record<string, unknown>;
      }[]
    > =>
      t.dataSource.query(
        `SELECT action, actor_username, region_id, summary FROM audit_events
          WHERE entity_type IN ('CourseEnrolment', 'AssessmentAttempt') AND summary->>'courseId' = $1
          ORDER BY id`,
        [course.id],
      );

    it('records the learner’s writes and the completion that credited the JP, once each', async () => {
      const trail = await learnerTrail();
      expect(trail.map((e) => e.action)).toEqual([
        'enrolInCourse',
        'startAttempt',
        'submitAttempt',
        // Three lessons; marking done lessons again wrote nothing and left no event.
        'completeLesson',
        'completeLesson',
        'completeLesson',
        'startAttempt',
        'submitAttempt',
        'startAttempt',
        'submitAttempt',
        'completeCourse',
        'startAttempt',
        'submitAttempt',
      ]);
      for (const e of trail) {
        expect(e.actor_username).toMatch(/^learner-a\d+$/);
        expect(e.region_id).toBe(w.regionA);
      }
      const submitted = trail.filter((e) => e.action === 'submitAttempt').map((e) => e.summary);
      expect(submitted.map((s) => [s['kind'], s['score'], s['passed']])).toEqual([
        ['PRE', 25, true],
        ['POST', 50, false],
        ['POST', 75, true],
        ['POST', 100, true],
      ]);
      expect(trail.find((e) => e.action === 'completeCourse')?.summary).toMatchObject({
        employeeId: w.employeeA,
        jp: 12.5,
        credited: true,
        learningRecordId: expect.any(String),
      });
    });

    it('records no answerQuestion, and an attempt closed at its deadline with no actor', async () => {
      const a = (
        await t.gql.ok<{ startAttempt: { id: string; questions: Q[] } }>(
          START,
          { courseId: course.id, kind: 'PRE' },
          w.learnerA,
        )
      ).startAttempt;
      const q = a.questions[0];
      await t.gql.ok(
        ANSWER,
        { attemptId: a.id, answer: { questionId: q.id, optionIds: [q.options[0].id] } },
        w.learnerA,
      );
      await t.dataSource.query(
        `UPDATE assessment_attempts SET deadline_at = now() - interval '1 minute' WHERE id = $1`,
        [a.id],
      );
      await t.gql.ok(ATTEMPT, { id: a.id }, w.learnerA);
      const events = await t.dataSource.query(
        `SELECT action, actor_username, summary FROM audit_events WHERE entity_id = $1 ORDER BY id`,
        [a.id],
      );
      expect(events).toEqual([
        expect.objectContaining({
          action: 'startAttempt',
          actor_username: expect.stringMatching(/^learner-a/),
        }),
        expect.objectContaining({ action: 'attemptExpired', actor_username: null }),
      ]);
      expect(events[1].summary).toMatchObject({ kind: 'PRE', atDeadline: true });
    });
  });
});
