import { byKeys, GraphqlContext } from '@lms/server/core';
import { Employee, EmployeeService } from '@lms/server/organization';
import { Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { AttendanceService } from '../attendance/attendance.service';
import { EnrollmentStatus } from '../common/training-enums';
import { Training } from '../trainings/training.entity';
import { TrainingService } from '../trainings/training.service';
import { Enrollment } from './enrollment.entity';
import { EnrollmentQueries } from './enrollment-queries.service';

/** Fields of Enrollment; the parent was read through the caller's scope. */
@Resolver(() => Enrollment)
export class EnrollmentFieldsResolver {
  constructor(
    private readonly enrollments: EnrollmentQueries,
    private readonly trainings: TrainingService,
    private readonly employees: EmployeeService,
    private readonly attendance: AttendanceService,
  ) {}

  @ResolveField(() => Employee)
  employee(@Parent() e: Enrollment, @Context() ctx: GraphqlContext): Promise<Employee> {
    return ctx.loaders
      .get<string, Employee>('training.employeeById', async (ids) =>
        byKeys(ids, await this.employees.findByIds(ids), (p) => p.id),
      )
      .load(e.employeeId);
  }

  @ResolveField(() => Training)
  training(@Parent() e: Enrollment, @Context() ctx: GraphqlContext): Promise<Training> {
    return ctx.loaders
      .get<string, Training>('training.trainingById', async (ids) =>
        byKeys(ids, await this.trainings.findByIds(ids), (t) => t.id),
      )
      .load(e.trainingId);
  }

  @ResolveField(() => Int, {
    nullable: true,
    description: '1 = next to get a seat; null unless WAITLISTED',
  })
  async waitlistPosition(
    @Parent() e: Enrollment,
    @Context() ctx: GraphqlContext,
  ): Promise<number | null> {
    if (e.status !== EnrollmentStatus.WAITLISTED) return null;
    const positions = await ctx.loaders
      .get<string, Map<string, number>>('training.waitlistPositions', async (ids) => {
        const all = await this.enrollments.waitlistPositions(ids);
        return ids.map(() => all);
      })
      .load(e.trainingId);
    return positions.get(e.id) ?? null;
  }

  @ResolveField(() => Int, { description: 'Class days marked present' })
  async attendedDays(@Parent() e: Enrollment, @Context() ctx: GraphqlContext): Promise<number> {
    return ctx.loaders
      .get<string, number>('training.attendedDays', async (ids) => {
        const days = await this.attendance.attendedDays(ids);
        return ids.map((id) => days.get(id) ?? 0);
      })
      .load(e.id);
  }
}
