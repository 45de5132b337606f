import { AccessScope } from '@lms/server/core';
import { AssessmentKind, AttemptService, EnrolmentService } from '@lms/server/learning';
import { chance, createRng, pickOne, Rng, Role } from '@lms/shared/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { demoCourseId } from './demo-course-id';
import { DEMO_COURSES, DemoCourse } from './demo-courses';

/** The self-paced course whose "Hasil tes" the demo fills, and how many learners take it. */
export const DEMO_TESTED_COURSE = 'DIG-101';
const SELF_PACED_LEARNERS = 16;
/** The Bimtek classes take the first 40 employees (demo-trainings); these learners come after. */
const SKIP_BIMTEK_EMPLOYEES = 40;

type Answer = { questionId: string; optionIds: string[] };

interface Learner {
  id: string;
  nip: string;
}

/** Chance of answering a question right before the course and after it. */
interface Ability {
  pre: number;
  post: number;
}

/**
 * Demo employees take pre- and post-tests through the learning area's own services, acting as
 * themselves (the scope a LEARNER token for the employee carries), so the server draws, scores
 * and records every attempt, completes courses and credits JP by its own rules. Answers are
 * chosen with a seeded rng against the demo's answer key, so the scores are the same every run.
 */
@Injectable()
export class DemoAssessmentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly enrolments: EnrolmentService,
    private readonly attempts: AttemptService,
  ) {}

  /**
   * Sixteen home-region employees enrol in the online course, take the pre-test, read the lessons
   * (two stop halfway) and take the post-test; those who pass it complete the course.
   */
  async seedSelfPaced(regionId: string, learnerNip: string): Promise<number> {
    const rng = createRng(20261129);
    const courseId = await demoCourseId(this.dataSource, regionId, DEMO_TESTED_COURSE);
    const lessons = (
      (await this.dataSource.query(
        `SELECT l.id FROM lessons l JOIN course_modules m ON m.id = l.module_id
          WHERE l.course_id = $1 ORDER BY m.position, l.position`,
        [courseId],
      )) as { id: string }[]
    ).map((l) => l.id);
    const learners = (await this.dataSource.query(
      `SELECT id, nip FROM employees WHERE region_id = $1 AND active AND nip <> $2
        ORDER BY nip OFFSET $3 LIMIT $4`,
      [regionId, learnerNip, SKIP_BIMTEK_EMPLOYEES, SELF_PACED_LEARNERS],
    )) as Learner[];
    for (const [i, learner] of learners.entries()) {
      const scope = learnerScope(learner);
      const ability = abilityOf(rng);
      await this.enrolments.enrol(courseId, scope);
      await this.takeTest(courseId, AssessmentKind.PRE, ability.pre, learner, rng);
      const read = i % 8 === 7 ? 1 : lessons.length;
      for (const lessonId of lessons.slice(0, read)) {
        await this.enrolments.completeLesson(lessonId, scope);
      }
      await this.takeTest(courseId, AssessmentKind.POST, ability.post, learner, rng);
    }
    return learners.length;
  }

  /**
   * The completed Bimtek class's participants (not the demo learner) took the course's pre-test
   * on the first day, and those who stayed to the end its post-test.
   */
  async seedClass(trainingId: string, learnerNip: string): Promise<number> {
    const rng = createRng(20261130);
    const participants = (await this.dataSource.query(
      `SELECT e.id, e.nip, n.status, t.course_id FROM enrollments n
         JOIN employees e ON e.id = n.employee_id JOIN trainings t ON t.id = n.training_id
        WHERE n.training_id = $1 AND n.status IN ('COMPLETED', 'NOT_COMPLETED') AND e.nip <> $2
        ORDER BY e.nip`,
      [trainingId, learnerNip],
    )) as (Learner & { status: string; course_id: string })[];
    for (const p of participants) {
      const ability = abilityOf(rng);
      await this.takeTest(p.course_id, AssessmentKind.PRE, ability.pre, p, rng);
      if (p.status === 'COMPLETED') {
        await this.takeTest(p.course_id, AssessmentKind.POST, ability.post, p, rng);
      }
    }
    return participants.length;
  }

  private async takeTest(
    courseId: string,
    kind: AssessmentKind,
    skill: number,
    learner: Learner,
    rng: Rng,
  ): Promise<number> {
    const scope = learnerScope(learner);
    const attempt = await this.attempts.start(courseId, kind, scope);
    // The server shuffles questions and options; answering in the key's order keeps the rng's
    // draws, and so the scores, the same on every run.
    const spec = await this.specOf(courseId);
    const byText = new Map(attempt.questions.map((q) => [q.text, q]));
    const answers: Answer[] = [];
    for (const key of spec.questions) {
      const question = byText.get(key.text);
      if (!question) continue;
      const right = chance(rng, skill);
      const candidates = key.options.filter(([, correct]) => correct === right);
      const [text] = pickOne(rng, candidates);
      const option = question.options.find((o) => o.text === text);
      answers.push({ questionId: question.id, optionIds: option ? [option.id] : [] });
    }
    const result = await this.attempts.submit(attempt.id, answers, scope);
    return result.score;
  }

  private readonly specs = new Map<string, DemoCourse>();

  private async specOf(courseId: string): Promise<DemoCourse> {
    const known = this.specs.get(courseId);
    if (known) return known;
    const [row] = (await this.dataSource.query(`SELECT code FROM courses WHERE id = $1`, [
      courseId,
    ])) as { code: string }[];
    const spec = DEMO_COURSES.find((c) => c.code === row?.code);
    if (!spec) throw new Error(`Demo course ${courseId} has no answer key`);
    this.specs.set(courseId, spec);
    return spec;
  }
}

/**
 * What a LEARNER token for this employee would carry. No account is created: the attempt and
 * enrolment services read only the employee id, and the audit trail takes its actor from the
 * HTTP request (none while seeding).
 */
function learnerScope(learner: Learner): AccessScope {
  return AccessScope.of({
    id: learner.id,
    username: learner.nip,
    roles: [Role.LEARNER],
    regionId: null,
    employeeId: learner.id,
  });
}

/** Most learners improve, by varying amounts; about one in five does not. */
function abilityOf(rng: Rng): Ability {
  const pre = 0.25 + 0.3 * rng();
  const post = chance(rng, 0.8) ? Math.min(0.95, pre + 0.25 + 0.3 * rng()) : pre - 0.1 * rng();
  return { pre, post };
}
