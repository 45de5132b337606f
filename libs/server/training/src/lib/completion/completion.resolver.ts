import { AccessScope, RequiresRole, Scope } from '@lms/server/core';
import { Role } from '@lms/shared/domain';
import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { TrainingIdArgs } from '../enrollments/dtos/enrollment.args';
import { Enrollment } from '../enrollments/enrollment.entity';
import { Training } from '../trainings/training.entity';
import { AssessmentGain } from './assessment-gain.model';
import { CompletionService } from './completion.service';

@Resolver(() => Training)
export class CompletionResolver {
  constructor(private readonly completion: CompletionService) {}

  @Mutation(() => [Enrollment], {
    description:
      'Applies the completion rules on or after the last day: each CONFIRMED participant becomes ' +
      'COMPLETED (JP credited) or NOT_COMPLETED. Calling it again on a completed class changes ' +
      'nothing and returns the same participants',
  })
  @RequiresRole(Role.ADMIN, Role.ORGANIZER)
  completeTraining(
    @Args() args: TrainingIdArgs,
    @Scope() scope: AccessScope,
  ): Promise<Enrollment[]> {
    return this.completion.complete(args.trainingId, scope);
  }

  @ResolveField(() => AssessmentGain, {
    nullable: true,
    description: "Pre/post-test gain of the class's participants; null when none took both tests",
  })
  assessmentGain(
    @Parent() t: Training,
    @Scope() scope: AccessScope,
  ): Promise<AssessmentGain | null> {
    // Other participants' scores are not a learner's business.
    if (scope.selfOnly) return Promise.resolve(null);
    return this.completion.gain(t);
  }
}
