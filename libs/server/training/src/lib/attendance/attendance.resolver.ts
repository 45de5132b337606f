import { AccessScope, GraphqlContext, RequiresRole, Scope } from '@lms/server/core';
import { Role } from '@lms/shared/domain';
import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { TrainingIdArgs } from '../enrollments/dtos/enrollment.args';
import { Enrollment } from '../enrollments/enrollment.entity';
import { groupBy, myEnrollmentsIn } from '../enrollments/enrollment-loaders';
import { EnrollmentQueries } from '../enrollments/enrollment-queries.service';
import { TrainingSession } from '../trainings/training-session.entity';
import { AttendanceChange, AttendanceMark } from './attendance.models';
import { AttendanceService } from './attendance.service';
import { CheckInArgs, RecordAttendanceArgs } from './dtos/attendance.args';

/** Attendance per day: the organizer's or instructor's list, learners' check-in, the audit trail. */
@Resolver(() => TrainingSession)
export class AttendanceResolver {
  constructor(
    private readonly attendanceService: AttendanceService,
    private readonly enrollments: EnrollmentQueries,
  ) {}

  @Mutation(() => [Enrollment], {
    description:
      'Marks the listed participants present (or absent) on a day that is not in the future',
  })
  @RequiresRole(Role.ADMIN, Role.ORGANIZER, Role.INSTRUCTOR)
  recordAttendance(
    @Args() args: RecordAttendanceArgs,
    @Scope() scope: AccessScope,
  ): Promise<Enrollment[]> {
    return this.attendanceService.record(
      args.trainingId,
      args.date,
      args.nips,
      args.present,
      scope,
    );
  }

  @Mutation(() => Enrollment, {
    description: "A learner checks in with the day's code, during the session",
  })
  @RequiresRole(Role.LEARNER)
  checkIn(@Args() args: CheckInArgs, @Scope() scope: AccessScope): Promise<Enrollment> {
    return this.attendanceService.checkIn(args.trainingId, args.code, scope);
  }

  @Query(() => [AttendanceChange], { description: 'Every change of the class’s attendance marks' })
  @RequiresRole(Role.ADMIN, Role.ORGANIZER, Role.INSTRUCTOR)
  attendanceAudit(
    @Args() args: TrainingIdArgs,
    @Scope() scope: AccessScope,
  ): Promise<AttendanceChange[]> {
    return this.attendanceService.audit(args.trainingId, scope);
  }

  @ResolveField(() => String, {
    nullable: true,
    description: "The day's check-in code (show it, or a QR of it, in class); null for learners",
  })
  checkInCode(@Parent() s: TrainingSession, @Scope() scope: AccessScope): string | null {
    return scope.selfOnly ? null : s.checkInCode;
  }

  @ResolveField(() => [AttendanceMark], {
    description: "The day's marks; a learner sees only their own",
  })
  async attendance(
    @Parent() s: TrainingSession,
    @Scope() scope: AccessScope,
    @Context() ctx: GraphqlContext,
  ): Promise<AttendanceMark[]> {
    const marks = await ctx.loaders
      .get<string, AttendanceMark[]>('training.marksBySession', async (ids) =>
        groupBy(ids, await this.attendanceService.marksOf(ids), (m) => m.sessionId),
      )
      .load(s.id);
    if (!scope.selfOnly) return marks;
    const mine = new Set(
      (await myEnrollmentsIn(s.trainingId, scope, ctx, this.enrollments)).map((e) => e.id),
    );
    return marks.filter((m) => mine.has(m.enrollmentId));
  }
}
