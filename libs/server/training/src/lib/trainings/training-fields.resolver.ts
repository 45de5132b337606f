import { AccessScope, byKeys, GraphqlContext, Scope } from '@lms/server/core';
import { UserService } from '@lms/server/identity';
import { Course, CourseService } from '@lms/server/learning';
import { Agency, AgencyService } from '@lms/server/organization';
import { Args, Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { ACTIVE_STATUSES, TrainingStatus } from '../common/training-enums';
import { Enrollment } from '../enrollments/enrollment.entity';
import { groupBy, myEnrollmentsIn } from '../enrollments/enrollment-loaders';
import { EnrollmentQueries } from '../enrollments/enrollment-queries.service';
import { AgencyQuota } from './agency-quota.entity';
import { Training } from './training.entity';
import { TrainingInstructorRef } from './training.models';
import { TrainingService } from './training.service';
import { TrainingSession } from './training-session.entity';

/**
 * Fields of Training. The parent was already read through the caller's scope, so these add only
 * what a learner must not see: other participants' enrollments.
 */
@Resolver(() => Training)
export class TrainingFieldsResolver {
  constructor(
    private readonly trainings: TrainingService,
    private readonly enrollmentQueries: EnrollmentQueries,
    private readonly courses: CourseService,
    private readonly users: UserService,
  ) {}

  @ResolveField(() => Course)
  course(@Parent() t: Training, @Context() ctx: GraphqlContext): Promise<Course> {
    return ctx.loaders
      .get<string, Course>('training.courseById', async (ids) =>
        byKeys(ids, await this.courses.findByIds(ids), (c) => c.id),
      )
      .load(t.courseId);
  }

  @ResolveField(() => [TrainingSession], { description: 'The class days, in order' })
  sessions(@Parent() t: Training, @Context() ctx: GraphqlContext): Promise<TrainingSession[]> {
    return ctx.loaders
      .get<string, TrainingSession[]>('training.sessionsByTraining', async (ids) =>
        groupBy(ids, await this.trainings.sessionsOf(ids), (s) => s.trainingId),
      )
      .load(t.id);
  }

  @ResolveField(() => [TrainingInstructorRef])
  instructors(
    @Parent() t: Training,
    @Context() ctx: GraphqlContext,
  ): Promise<TrainingInstructorRef[]> {
    return ctx.loaders
      .get<string, TrainingInstructorRef[]>('training.instructorsByTraining', async (ids) => {
        const links = await this.trainings.instructorsOf(ids);
        const users = await this.users.findByIds([...new Set(links.map((l) => l.userId))]);
        const names = new Map(users.map((u) => [u.id, u.username]));
        return groupBy(ids, links, (l) => l.trainingId).map((group) =>
          group.map((l) => ({ id: l.userId, username: names.get(l.userId) ?? '' })),
        );
      })
      .load(t.id);
  }

  @ResolveField(() => [AgencyQuota])
  agencyQuotas(@Parent() t: Training, @Context() ctx: GraphqlContext): Promise<AgencyQuota[]> {
    return ctx.loaders
      .get<string, AgencyQuota[]>('training.quotasByTraining', async (ids) =>
        groupBy(ids, await this.trainings.quotasOf(ids), (q) => q.trainingId),
      )
      .load(t.id);
  }

  @ResolveField(() => [Enrollment], {
    description:
      'In arrival order; a learner sees only their own. `status` filters (e.g. WAITLISTED)',
  })
  async enrollments(
    @Parent() t: Training,
    @Args('status', { type: () => String, nullable: true }) status: string | null,
    @Scope() scope: AccessScope,
    @Context() ctx: GraphqlContext,
  ): Promise<Enrollment[]> {
    const all = await ctx.loaders
      .get<string, Enrollment[]>('training.enrollmentsByTraining', async (ids) =>
        groupBy(ids, await this.enrollmentQueries.forTrainings(ids), (e) => e.trainingId),
      )
      .load(t.id);
    return all.filter(
      (e) =>
        (!status || e.status === status) &&
        (!scope.selfOnly || e.employeeId === scope.selfEmployeeId),
    );
  }

  @ResolveField(() => Int, { description: 'Seats not taken' })
  seatsLeft(@Parent() t: Training): number {
    return Math.max(t.capacity - t.confirmedCount, 0);
  }

  @ResolveField(() => Int)
  async waitlistCount(@Parent() t: Training, @Context() ctx: GraphqlContext): Promise<number> {
    return (await this.queueCounts(t, ctx)).waitlisted;
  }

  @ResolveField(() => Int, { description: 'Self-registrations awaiting approval' })
  async pendingApprovalCount(
    @Parent() t: Training,
    @Context() ctx: GraphqlContext,
  ): Promise<number> {
    return (await this.queueCounts(t, ctx)).pending;
  }

  @ResolveField(() => Boolean, { description: 'Learners may register themselves now' })
  registrationOpen(@Parent() t: Training): boolean {
    const now = new Date();
    return (
      t.status === TrainingStatus.SCHEDULED &&
      (!t.registrationOpensAt || t.registrationOpensAt <= now) &&
      now < t.registrationClosesAt
    );
  }

  @ResolveField(() => Enrollment, {
    nullable: true,
    description: "The calling learner's live or latest enrollment in the class; null for staff",
  })
  async myEnrollment(
    @Parent() t: Training,
    @Scope() scope: AccessScope,
    @Context() ctx: GraphqlContext,
  ): Promise<Enrollment | null> {
    if (!scope.selfOnly) return null;
    const mine = await myEnrollmentsIn(t.id, scope, ctx, this.enrollmentQueries);
    return mine.find((e) => ACTIVE_STATUSES.includes(e.status)) ?? mine.at(-1) ?? null;
  }

  private queueCounts(t: Training, ctx: GraphqlContext) {
    return ctx.loaders
      .get<string, { waitlisted: number; pending: number }>('training.queueCounts', async (ids) => {
        const counts = await this.enrollmentQueries.queueCounts(ids);
        return ids.map((id) => counts.get(id) ?? { waitlisted: 0, pending: 0 });
      })
      .load(t.id);
  }
}

@Resolver(() => AgencyQuota)
export class AgencyQuotaResolver {
  constructor(private readonly agencies: AgencyService) {}

  @ResolveField(() => Agency)
  agency(@Parent() q: AgencyQuota, @Context() ctx: GraphqlContext): Promise<Agency> {
    return ctx.loaders
      .get<string, Agency>('training.agencyById', async (ids) =>
        byKeys(ids, await this.agencies.findByIds(ids), (a) => a.id),
      )
      .load(q.agencyId);
  }
}
