import { AccessScope, RequiresRole, Scope } from '@lms/server/core';
import { Role } from '@lms/shared/domain';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';

import {
  EnrollEmployeesArgs,
  EnrollmentDecisionArgs,
  TrainingIdArgs,
} from './dtos/enrollment.args';
import { Enrollment } from './enrollment.entity';
import { EnrollmentService } from './enrollment.service';
import { EnrollmentQueries } from './enrollment-queries.service';
import { RosterService } from './roster.service';

/** Who sits in a class: nominations, registrations, approval, cancelling, the roster. */
@Resolver(() => Enrollment)
export class EnrollmentResolver {
  constructor(
    private readonly enrollments: EnrollmentService,
    private readonly queries: EnrollmentQueries,
    private readonly roster: RosterService,
  ) {}

  @Mutation(() => [Enrollment], {
    description:
      'All or nothing; in the order given, each takes a free seat or joins the waitlist. ' +
      'An employee already enrolled keeps their enrollment (returned unchanged)',
  })
  @RequiresRole(Role.ADMIN, Role.ORGANIZER)
  enrollEmployees(
    @Args() args: EnrollEmployeesArgs,
    @Scope() scope: AccessScope,
  ): Promise<Enrollment[]> {
    return this.enrollments.enrollByNip(args.trainingId, args.nips, scope);
  }

  @Mutation(() => Enrollment, { description: 'Frees a seat: the first waitlisted moves up' })
  @RequiresRole(Role.ADMIN, Role.ORGANIZER)
  cancelEnrollment(
    @Args() args: EnrollmentDecisionArgs,
    @Scope() scope: AccessScope,
  ): Promise<Enrollment> {
    return this.enrollments.cancel(args.id, args.reason ?? null, scope);
  }

  @Mutation(() => Enrollment, {
    description: 'A pending registration takes a seat or joins the waitlist',
  })
  @RequiresRole(Role.ADMIN, Role.ORGANIZER)
  approveEnrollment(
    @Args() args: EnrollmentDecisionArgs,
    @Scope() scope: AccessScope,
  ): Promise<Enrollment> {
    return this.enrollments.approve(args.id, args.reason ?? null, scope);
  }

  @Mutation(() => Enrollment)
  @RequiresRole(Role.ADMIN, Role.ORGANIZER)
  rejectEnrollment(
    @Args() args: EnrollmentDecisionArgs,
    @Scope() scope: AccessScope,
  ): Promise<Enrollment> {
    return this.enrollments.reject(args.id, args.reason ?? null, scope);
  }

  @Mutation(() => Enrollment, {
    description:
      'Confirms one waitlisted person ahead of the queue; adds a seat if the class is full',
  })
  @RequiresRole(Role.ADMIN, Role.ORGANIZER)
  promoteEnrollment(
    @Args() args: EnrollmentDecisionArgs,
    @Scope() scope: AccessScope,
  ): Promise<Enrollment> {
    return this.enrollments.promote(args.id, args.reason ?? null, scope);
  }

  @Query(() => String, { description: 'The roster as CSV text (UTF-8, header row, CRLF)' })
  @RequiresRole(Role.ADMIN, Role.ORGANIZER, Role.INSTRUCTOR)
  trainingRosterCsv(@Args() args: TrainingIdArgs, @Scope() scope: AccessScope): Promise<string> {
    return this.roster.csv(args.trainingId, scope);
  }

  @Mutation(() => Enrollment, {
    description:
      'A learner registers while registration is open (PENDING_APPROVAL if the class asks)',
  })
  @RequiresRole(Role.LEARNER)
  registerForTraining(
    @Args() args: TrainingIdArgs,
    @Scope() scope: AccessScope,
  ): Promise<Enrollment> {
    return this.enrollments.register(args.trainingId, scope);
  }

  @Mutation(() => Enrollment, { description: 'A learner leaves a class that has not started' })
  @RequiresRole(Role.LEARNER)
  withdrawFromTraining(
    @Args() args: TrainingIdArgs,
    @Scope() scope: AccessScope,
  ): Promise<Enrollment> {
    return this.enrollments.withdraw(args.trainingId, scope);
  }

  @Query(() => [Enrollment], {
    description: "The learner's enrollments (each with its training), newest class first",
  })
  @RequiresRole(Role.LEARNER)
  myTrainings(@Scope() scope: AccessScope): Promise<Enrollment[]> {
    return this.queries.mine(scope);
  }
}
