import { AccessScope, RequiresRole, Scope } from '@lms/server/core';
import { Role } from '@lms/shared/domain';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';

import { AssessmentKind } from '../common/learning-enums';
import { AttemptService } from './attempt.service';
import { AttemptResultView, AttemptView } from './attempt-view.model';
import { AnswerInput } from './dtos/answer.input';

/** A learner taking a course's pre-test or post-test. */
@Resolver(() => AttemptView)
@RequiresRole(Role.LEARNER)
export class AttemptResolver {
  constructor(private readonly attempts: AttemptService) {}

  @Mutation(() => AttemptView, { description: 'Starts an attempt, or resumes the open one' })
  startAttempt(
    @Args('courseId', { type: () => ID }) courseId: string,
    @Args('kind', { type: () => AssessmentKind }) kind: AssessmentKind,
    @Scope() scope: AccessScope,
  ): Promise<AttemptView> {
    return this.attempts.start(courseId, kind, scope);
  }

  @Mutation(() => AttemptView, { description: 'Saves one answer of an open attempt' })
  answerQuestion(
    @Args('attemptId', { type: () => ID }) attemptId: string,
    @Args('answer') answer: AnswerInput,
    @Scope() scope: AccessScope,
  ): Promise<AttemptView> {
    return this.attempts.answer(attemptId, answer, scope);
  }

  @Mutation(() => AttemptResultView, {
    description: 'Saves the given answers, then scores and closes the attempt',
  })
  submitAttempt(
    @Args('attemptId', { type: () => ID }) attemptId: string,
    @Args('answers', { type: () => [AnswerInput], defaultValue: [] }) answers: AnswerInput[],
    @Scope() scope: AccessScope,
  ): Promise<AttemptResultView> {
    return this.attempts.submit(attemptId, answers, scope);
  }

  @Query(() => AttemptView)
  attempt(
    @Args('id', { type: () => ID }) id: string,
    @Scope() scope: AccessScope,
  ): Promise<AttemptView> {
    return this.attempts.get(id, scope);
  }

  @Query(() => AttemptResultView, { description: 'The result of a submitted attempt' })
  attemptResult(
    @Args('id', { type: () => ID }) id: string,
    @Scope() scope: AccessScope,
  ): Promise<AttemptResultView> {
    return this.attempts.result(id, scope);
  }
}
