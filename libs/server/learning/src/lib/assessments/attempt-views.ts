import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';

import { AttemptStatus } from '../common/learning-enums';
import { Assessment } from './assessment.entity';
import { AssessmentAttempt } from './assessment-attempt.entity';
import { AttemptQuestionView, AttemptResultView, AttemptView } from './attempt-view.model';
import { AttemptItem, Question } from './question.entity';

/**
 * Builds the learner's views of an attempt field by field. Questions are copied into the view
 * types without their options' `correct` flags; the result view, which has them, is refused for
 * an open attempt.
 */
@Injectable()
export class AttemptViews {
  async attempt(m: EntityManager, attempt: AssessmentAttempt): Promise<AttemptView> {
    const { items, byId } = await this.load(m, attempt.id);
    const questions: AttemptQuestionView[] = items.map((item) => {
      const q = byId.get(item.questionId);
      const options = new Map((q?.options ?? []).map((o) => [o.id, o.text]));
      return {
        id: item.questionId,
        position: item.position,
        kind: q?.kind ?? 'SINGLE_CHOICE',
        text: q?.text ?? '',
        points: q?.points ?? 1,
        options: item.optionOrder.map((id) => ({ id, text: options.get(id) ?? '' })),
        selectedOptionIds: item.selectedOptionIds,
      };
    });
    return {
      id: attempt.id,
      courseId: attempt.courseId,
      kind: attempt.kind,
      attemptNumber: attempt.attemptNumber,
      status: attempt.submittedAt ? AttemptStatus.SUBMITTED : AttemptStatus.IN_PROGRESS,
      startedAt: attempt.startedAt,
      deadlineAt: attempt.deadlineAt,
      submittedAt: attempt.submittedAt,
      score: attempt.submittedAt ? attempt.score : null,
      passed: attempt.submittedAt ? attempt.passed : null,
      questions,
    };
  }

  async result(
    m: EntityManager,
    attempt: AssessmentAttempt,
    lateAnswersIgnored: number,
  ): Promise<AttemptResultView> {
    if (!attempt.submittedAt || attempt.score === null || attempt.passed === null) {
      throw new Error(`Attempt ${attempt.id} is not submitted; its result must not be built`);
    }
    const assessment = await m.findOneByOrFail(Assessment, { id: attempt.assessmentId });
    const { items, byId } = await this.load(m, attempt.id);
    return {
      attempt: await this.attempt(m, attempt),
      score: attempt.score,
      passed: attempt.passed,
      passingScore: assessment.passingScore,
      lateAnswersIgnored,
      items: items.map((item) => {
        const q = byId.get(item.questionId);
        return {
          questionId: item.questionId,
          position: item.position,
          text: q?.text ?? '',
          correct: item.correct === true,
          selectedOptionIds: item.selectedOptionIds,
          correctOptionIds: assessment.revealAnswers
            ? (q?.options ?? []).filter((o) => o.correct).map((o) => o.id)
            : null,
        };
      }),
    };
  }

  private async load(m: EntityManager, attemptId: string) {
    const items = await m.find(AttemptItem, { where: { attemptId }, order: { position: 'ASC' } });
    const questions = items.length
      ? await m.find(Question, {
          where: { id: In(items.map((i) => i.questionId)) },
          relations: { options: true },
        })
      : [];
    return { items, byId: new Map(questions.map((q) => [q.id, q])) };
  }
}
