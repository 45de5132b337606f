import { AccessScope, ConnectionShape, RequiresRole, Scope } from '@lms/server/core';
import { Role } from '@lms/shared/domain';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';

import { TrainingSeatsService } from '../enrollments/training-seats.service';
import { CancelTrainingArgs } from './dtos/cancel-training.args';
import { ChangeCapacityArgs } from './dtos/change-capacity.args';
import { ScheduleTrainingInput } from './dtos/schedule-training.input';
import { SetInstructorsArgs } from './dtos/set-instructors.args';
import { TrainingListArgs } from './dtos/training-list.args';
import { Training } from './training.entity';
import { TrainingConnection } from './training.models';
import { TrainingService } from './training.service';

/** Scheduling and reading classes; fields of Training live in TrainingFieldsResolver. */
@Resolver(() => Training)
export class TrainingResolver {
  constructor(
    private readonly trainingService: TrainingService,
    private readonly seats: TrainingSeatsService,
  ) {}

  @Mutation(() => Training, {
    description: 'One session day per calendar day from startDate to endDate',
  })
  @RequiresRole(Role.ADMIN, Role.ORGANIZER)
  scheduleTraining(
    @Args('input') input: ScheduleTrainingInput,
    @Scope() scope: AccessScope,
  ): Promise<Training> {
    return this.trainingService.schedule(input, scope);
  }

  @Mutation(() => Training, { description: 'Replaces the instructors; refuses double bookings' })
  @RequiresRole(Role.ADMIN, Role.ORGANIZER)
  setTrainingInstructors(
    @Args() args: SetInstructorsArgs,
    @Scope() scope: AccessScope,
  ): Promise<Training> {
    return this.trainingService.setInstructors(args.trainingId, args.instructorIds, scope);
  }

  @Mutation(() => Training, { description: 'More seats move the waitlist up at once' })
  @RequiresRole(Role.ADMIN, Role.ORGANIZER)
  changeTrainingCapacity(
    @Args() args: ChangeCapacityArgs,
    @Scope() scope: AccessScope,
  ): Promise<Training> {
    return this.seats.changeCapacity(args.trainingId, args.capacity, scope);
  }

  @Mutation(() => Training, { description: 'Cancels the class and every enrollment in it' })
  @RequiresRole(Role.ADMIN, Role.ORGANIZER)
  cancelTraining(@Args() args: CancelTrainingArgs, @Scope() scope: AccessScope): Promise<Training> {
    return this.seats.cancelTraining(args.trainingId, args.reason ?? null, scope);
  }

  @Query(() => Training)
  @RequiresRole(Role.ADMIN, Role.ORGANIZER, Role.INSTRUCTOR)
  training(
    @Args('id', { type: () => ID }) id: string,
    @Scope() scope: AccessScope,
  ): Promise<Training> {
    return this.trainingService.getVisible(id, scope);
  }

  @Query(() => TrainingConnection, {
    description: 'Classes by first day; from/to select those with a day in that range (a calendar)',
  })
  @RequiresRole(Role.ADMIN, Role.ORGANIZER, Role.INSTRUCTOR)
  trainings(
    @Args() args: TrainingListArgs,
    @Scope() scope: AccessScope,
  ): Promise<ConnectionShape<Training>> {
    return this.trainingService.list(args, scope);
  }

  @Query(() => TrainingConnection, {
    description: 'For learners: scheduled classes of their region and the classes they are in',
  })
  @RequiresRole(Role.LEARNER)
  availableTrainings(
    @Args() args: TrainingListArgs,
    @Scope() scope: AccessScope,
  ): Promise<ConnectionShape<Training>> {
    return this.trainingService.available(args, scope);
  }

  @Query(() => Training, {
    description: 'For learners: one class they may see (see availableTrainings)',
  })
  @RequiresRole(Role.LEARNER)
  trainingForLearner(
    @Args('id', { type: () => ID }) id: string,
    @Scope() scope: AccessScope,
  ): Promise<Training> {
    return this.trainingService.getForLearner(id, scope);
  }
}
