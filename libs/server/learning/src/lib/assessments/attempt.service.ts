import { randomInt } from 'node:crypto';

import {
  AccessScope,
  AuditService,
  ConflictError,
  ForbiddenError,
  InvalidInputError,
  NotFoundError,
} from '@lms/server/core';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';

import { AssessmentKind, CourseDelivery, QuestionKind } from '../common/learning-enums';
import { Course } from '../courses/course.entity';
import { CourseService } from '../courses/course.service';
import { CompletionService } from '../enrolments/completion.service';
import { CourseEnrolment } from '../enrolments/course-enrolment.entity';
import { Assessment } from './assessment.entity';
import { AssessmentAttempt } from './assessment-attempt.entity';
import { AttemptResultView, AttemptView } from './attempt-view.model';
import { AttemptViews } from './attempt-views';
import { AnswerInput } from './dtos/answer.input';
import { AttemptItem, Question } from './question.entity';
import { scoreAttempt, shuffled } from './scoring';

/**
 * Answers arriving up to this long after the deadline still count: the learner pressed the button
 * in time and the request was in flight. Later ones are refused.
 */
export const DEADLINE_GRACE_SECONDS = 5;

type LockedAttempt = AssessmentAttempt & { expired: boolean };

/**
 * How an attempt closes, as the audit trail tells it: the learner submitted it, or its time ran
 * out and the system closed it (no actor, whoever's request noticed it).
 */
type Closing = { action: 'submitAttempt'; ignoredAnswers: number } | { action: 'attemptExpired' };
const EXPIRED: Closing = { action: 'attemptExpired' };

/**
 * Taking a test. Time is the database's clock (one clock for every API node). The rules:
 * - an attempt draws `questionCount` active questions at random and shuffles each one's options;
 * - starting again while an attempt is open resumes it; the attempt limit counts every attempt;
 * - a submitted attempt never changes (CONFLICT on attemptId);
 * - after the deadline (plus DEADLINE_GRACE_SECONDS) answers are refused and the attempt is closed
 *   as submitted at its deadline, scored on the answers saved before it. A late submitAttempt
 *   therefore succeeds, ignores the answers it carries, and reports how many it ignored.
 */
@Injectable()
export class AttemptService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly courses: CourseService,
    private readonly completion: CompletionService,
    private readonly views: AttemptViews,
    private readonly audit: AuditService,
  ) {}

  async start(courseId: string, kind: AssessmentKind, scope: AccessScope): Promise<AttemptView> {
    const employeeId = learnerOf(scope);
    const course = await this.courses.getForScope(courseId, scope, 'courseId');
    return this.dataSource.transaction(async (m) => {
      const assessment = await m.findOneBy(Assessment, { courseId: course.id, kind });
      if (!assessment) throw new NotFoundError('Assessment', 'kind');
      if (course.delivery === CourseDelivery.ONLINE) {
        const enrolled = await m.existsBy(CourseEnrolment, { courseId: course.id, employeeId });
        if (!enrolled)
          throw new InvalidInputError(
            'courseId',
            'courseId: enrol in the course before taking its tests',
          );
      }
      // Serialises concurrent starts by one learner; the partial unique index is the backstop.
      await m.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [
        `attempt:${assessment.id}:${employeeId}`,
      ]);
      await this.closeExpired(m, { assessmentId: assessment.id, employeeId });
      const open = await m.findOneBy(AssessmentAttempt, {
        assessmentId: assessment.id,
        employeeId,
        submittedAt: IsNull(),
      });
      if (open) return this.views.attempt(m, open);

      const used = await m.countBy(AssessmentAttempt, { assessmentId: assessment.id, employeeId });
      if (assessment.maxAttempts !== null && used >= assessment.maxAttempts) {
        throw new InvalidInputError(
          'kind',
          `kind: all ${assessment.maxAttempts} attempts at this test are used`,
        );
      }
      const bank = await m.find(Question, {
        where: { courseId: course.id, active: true },
        relations: { options: true },
      });
      if (bank.length === 0)
        throw new InvalidInputError('kind', 'kind: this test has no questions yet');
      const drawn = shuffled(bank, randomInt).slice(0, assessment.questionCount);

      const [row] = await m.query(
        `INSERT INTO assessment_attempts (assessment_id, course_id, kind, employee_id, attempt_number, deadline_at)
         VALUES ($1, $2, $3, $4, $5, CASE WHEN $6::int IS NULL THEN NULL ELSE now() + make_interval(mins => $6::int) END)
         RETURNING id`,
        [assessment.id, course.id, kind, employeeId, used + 1, assessment.timeLimitMinutes],
      );
      await m.insert(
        AttemptItem,
        drawn.map((q, position) => ({
          attemptId: row.id,
          questionId: q.id,
          position,
          optionOrder: shuffled(
            q.options.map((o) => o.id),
            randomInt,
          ),
          selectedOptionIds: [],
        })),
      );
      // Resuming an open attempt writes nothing and is not recorded; a new attempt is.
      await this.audit.record(m, {
        action: 'startAttempt',
        entityType: 'AssessmentAttempt',
        entityId: row.id,
        regionId: course.regionId,
        summary: { courseId: course.id, kind, attemptNumber: used + 1, questions: drawn.length },
      });
      return this.views.attempt(m, await m.findOneByOrFail(AssessmentAttempt, { id: row.id }));
    });
  }

  /** The learner's own attempt; one whose time ran out is closed first. */
  async get(attemptId: string, scope: AccessScope): Promise<AttemptView> {
    const employeeId = learnerOf(scope);
    return this.dataSource.transaction(async (m) => {
      const attempt = await this.lockOwn(m, attemptId, employeeId);
      const current =
        attempt.expired && !attempt.submittedAt
          ? await this.close(m, attempt, true, EXPIRED)
          : attempt;
      return this.views.attempt(m, current);
    });
  }

  /**
   * Not audited: a learner saves an answer per question, often several times, so one event each
   * would flood the trail and cost a row per click. The attempt's start and its submission (with
   * the score) are recorded, and the attempt's items keep the last answer to each question and
   * when it was given.
   */
  async answer(attemptId: string, answer: AnswerInput, scope: AccessScope): Promise<AttemptView> {
    const employeeId = learnerOf(scope);
    const outcome = await this.dataSource.transaction(async (m) => {
      const attempt = await this.lockOwn(m, attemptId, employeeId);
      assertOpen(attempt);
      if (attempt.expired) {
        await this.close(m, attempt, true, EXPIRED);
        return null;
      }
      await this.saveAnswer(m, attempt, answer);
      return this.views.attempt(m, attempt);
    });
    if (!outcome) {
      // Thrown after the commit so the closing of the expired attempt stays written.
      throw new InvalidInputError(
        'attemptId',
        'attemptId: the time limit has passed; the attempt was submitted at its deadline',
      );
    }
    return outcome;
  }

  async submit(
    attemptId: string,
    answers: AnswerInput[],
    scope: AccessScope,
  ): Promise<AttemptResultView> {
    const employeeId = learnerOf(scope);
    return this.dataSource.transaction(async (m) => {
      const attempt = await this.lockOwn(m, attemptId, employeeId);
      assertOpen(attempt);
      if (!attempt.expired) {
        for (const answer of answers) await this.saveAnswer(m, attempt, answer);
      }
      const ignoredAnswers = attempt.expired ? answers.length : 0;
      const closed = await this.close(m, attempt, attempt.expired, {
        action: 'submitAttempt',
        ignoredAnswers,
      });
      return this.views.result(m, closed, ignoredAnswers);
    });
  }

  /** The scored result of the learner's own submitted attempt. */
  async result(attemptId: string, scope: AccessScope): Promise<AttemptResultView> {
    const employeeId = learnerOf(scope);
    return this.dataSource.transaction(async (m) => {
      const locked = await this.lockOwn(m, attemptId, employeeId);
      const attempt =
        !locked.submittedAt && locked.expired ? await this.close(m, locked, true, EXPIRED) : locked;
      if (!attempt.submittedAt) {
        throw new InvalidInputError(
          'attemptId',
          'attemptId: the attempt is still open; submit it to see the result',
        );
      }
      return this.views.result(m, attempt, 0);
    });
  }

  /**
   * Closes every open attempt whose time ran out, as submitted at its deadline. Readers of results
   * (other areas, reports) call it first so an abandoned attempt counts like a submitted one.
   */
  async closeExpired(
    m: EntityManager,
    filter: { assessmentId?: string; courseId?: string; employeeId?: string },
  ): Promise<void> {
    const rows: LockedAttempt[] = await m
      .getRepository(AssessmentAttempt)
      .createQueryBuilder('a')
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .where('a.submitted_at IS NULL')
      .andWhere(`a.deadline_at + make_interval(secs => ${DEADLINE_GRACE_SECONDS}) < now()`)
      .andWhere(filter.assessmentId ? 'a.assessment_id = :assessmentId' : 'TRUE', filter)
      .andWhere(filter.courseId ? 'a.course_id = :courseId' : 'TRUE', filter)
      .andWhere(filter.employeeId ? 'a.employee_id = :employeeId' : 'TRUE', filter)
      .getMany()
      .then((list) => list.map((a) => Object.assign(a, { expired: true })));
    for (const attempt of rows) await this.close(m, attempt, true, EXPIRED);
  }

  private async lockOwn(
    m: EntityManager,
    attemptId: string,
    employeeId: string,
  ): Promise<LockedAttempt> {
    const attempt = isUUID(attemptId)
      ? await m
          .getRepository(AssessmentAttempt)
          .createQueryBuilder('a')
          .setLock('pessimistic_write')
          .addSelect(
            `(a.deadline_at IS NOT NULL AND a.deadline_at + make_interval(secs => ${DEADLINE_GRACE_SECONDS}) < now())`,
            'expired',
          )
          .where('a.id = :attemptId AND a.employee_id = :employeeId', { attemptId, employeeId })
          .getRawAndEntities()
      : null;
    const entity = attempt?.entities[0];
    if (!attempt || !entity) throw new NotFoundError('Attempt', 'attemptId');
    return Object.assign(entity, { expired: attempt.raw[0].expired === true });
  }

  private async saveAnswer(
    m: EntityManager,
    attempt: AssessmentAttempt,
    answer: AnswerInput,
  ): Promise<void> {
    const item = await m.findOneBy(AttemptItem, {
      attemptId: attempt.id,
      questionId: answer.questionId,
    });
    if (!item)
      throw new InvalidInputError(
        'questionId',
        'questionId: this question is not part of the attempt',
      );
    const chosen = [...new Set(answer.optionIds)];
    if (chosen.some((id) => !item.optionOrder.includes(id))) {
      throw new InvalidInputError('optionIds', 'optionIds: not options of this question');
    }
    const question = await m.findOneByOrFail(Question, { id: item.questionId });
    if (question.kind !== QuestionKind.MULTIPLE_CHOICE && chosen.length > 1) {
      throw new InvalidInputError('optionIds', 'optionIds: choose one option for this question');
    }
    await m.update(
      AttemptItem,
      { attemptId: attempt.id, questionId: item.questionId },
      { selectedOptionIds: chosen, answeredAt: () => 'now()' },
    );
  }

  /** Scores and closes the attempt; at its deadline when the time ran out, else now. */
  private async close(
    m: EntityManager,
    attempt: AssessmentAttempt,
    atDeadline: boolean,
    closing: Closing,
  ): Promise<AssessmentAttempt> {
    const items = await m.find(AttemptItem, {
      where: { attemptId: attempt.id },
      order: { position: 'ASC' },
    });
    const questions = await m.find(Question, {
      where: { id: In(items.map((i) => i.questionId)) },
      relations: { options: true },
    });
    const byId = new Map(questions.map((q) => [q.id, q]));
    const scored = scoreAttempt(
      items.map((i) => {
        const q = byId.get(i.questionId);
        return {
          points: q?.points ?? 1,
          correctOptionIds: q?.options.filter((o) => o.correct).map((o) => o.id) ?? [],
          selectedOptionIds: i.selectedOptionIds,
        };
      }),
    );
    for (const [index, item] of items.entries()) {
      await m.update(
        AttemptItem,
        { attemptId: attempt.id, questionId: item.questionId },
        { correct: scored.correct[index] },
      );
    }
    const assessment = await m.findOneByOrFail(Assessment, { id: attempt.assessmentId });
    const passed = scored.score >= assessment.passingScore;
    await m.query(
      `UPDATE assessment_attempts SET score = $2, passed = $3,
         submitted_at = CASE WHEN $4 THEN coalesce(deadline_at, now()) ELSE now() END
       WHERE id = $1`,
      [attempt.id, scored.score, passed, atDeadline],
    );
    const closed = await m.findOneByOrFail(AssessmentAttempt, { id: attempt.id });
    const course = await m.findOne(Course, {
      where: { id: closed.courseId },
      select: { id: true, regionId: true },
    });
    const actor = closing.action === 'attemptExpired' ? null : undefined;
    await this.audit.record(m, {
      action: closing.action,
      entityType: 'AssessmentAttempt',
      entityId: closed.id,
      regionId: course?.regionId ?? null,
      summary: {
        courseId: closed.courseId,
        kind: closed.kind,
        attemptNumber: closed.attemptNumber,
        employeeId: closed.employeeId,
        score: closed.score,
        passed,
        atDeadline,
        ...(closing.action === 'submitAttempt' ? { ignoredAnswers: closing.ignoredAnswers } : {}),
      },
      actor,
    });
    if (closed.kind === AssessmentKind.POST && passed) {
      const enrolment = await m.findOneBy(CourseEnrolment, {
        courseId: closed.courseId,
        employeeId: closed.employeeId,
      });
      if (enrolment) await this.completion.tryComplete(m, enrolment.id, actor);
    }
    return closed;
  }
}

function learnerOf(scope: AccessScope): string {
  const employeeId = scope.user?.employeeId;
  if (!employeeId) throw new ForbiddenError('Only a learner linked to an employee takes tests');
  return employeeId;
}

function assertOpen(attempt: AssessmentAttempt): void {
  if (attempt.submittedAt) {
    throw new ConflictError(
      'attemptId',
      'attemptId: the attempt was submitted and can no longer change',
    );
  }
}
