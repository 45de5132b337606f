import { AccessScope, RequiresRole, Scope } from '@lms/server/core';
import { Role } from '@lms/shared/domain';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';

import { AssessmentKind } from '../common/learning-enums';
import { Assessment } from './assessment.entity';
import { AssessmentSettingsService } from './assessment-settings.service';
import { AssessmentSettingsInput } from './dtos/assessment-settings.input';
import { QuestionInput } from './dtos/question.input';
import { Question } from './question.entity';
import { QuestionBankService } from './question-bank.service';

/**
 * The question bank and test settings, for course editors only: `Question` carries the correct
 * flags and is returned nowhere else.
 */
@Resolver(() => Question)
@RequiresRole(Role.ADMIN, Role.ORGANIZER)
export class QuestionBankResolver {
  constructor(
    private readonly bank: QuestionBankService,
    private readonly settings: AssessmentSettingsService,
  ) {}

  @Query(() => [Question], {
    description: 'A course’s active questions, with their correct options',
  })
  questionBank(
    @Args('courseId', { type: () => ID }) courseId: string,
    @Scope() scope: AccessScope,
  ): Promise<Question[]> {
    return this.bank.list(courseId, scope);
  }

  @Mutation(() => Question)
  createQuestion(
    @Args('courseId', { type: () => ID }) courseId: string,
    @Args('input') input: QuestionInput,
    @Scope() scope: AccessScope,
  ): Promise<Question> {
    return this.bank.create(courseId, input, scope);
  }

  @Mutation(() => Question, {
    description:
      'Changes a question; one already used in attempts is retired and replaced (new id)',
  })
  updateQuestion(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: QuestionInput,
    @Scope() scope: AccessScope,
  ): Promise<Question> {
    return this.bank.update(id, input, scope);
  }

  @Mutation(() => Boolean, { description: 'Retires a question: it is no longer drawn' })
  removeQuestion(
    @Args('id', { type: () => ID }) id: string,
    @Scope() scope: AccessScope,
  ): Promise<boolean> {
    return this.bank.remove(id, scope);
  }

  @Mutation(() => Assessment, { description: 'Creates or changes the course’s PRE or POST test' })
  configureAssessment(
    @Args('courseId', { type: () => ID }) courseId: string,
    @Args('kind', { type: () => AssessmentKind }) kind: AssessmentKind,
    @Args('input') input: AssessmentSettingsInput,
    @Scope() scope: AccessScope,
  ): Promise<Assessment> {
    return this.settings.configure(courseId, kind, input, scope);
  }

  @Mutation(() => Boolean, { description: 'Removes a test nobody has attempted' })
  removeAssessment(
    @Args('courseId', { type: () => ID }) courseId: string,
    @Args('kind', { type: () => AssessmentKind }) kind: AssessmentKind,
    @Scope() scope: AccessScope,
  ): Promise<boolean> {
    return this.settings.remove(courseId, kind, scope);
  }
}
