import { AccessScope, byKeys, GraphqlContext, RequiresRole, Scope } from '@lms/server/core';
import { Employee, EmployeeService } from '@lms/server/organization';
import { Role } from '@lms/shared/domain';
import { Args, Context, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { CourseGainView, LearnerGainView } from './gain.model';
import { GainService } from './gain.service';

@Resolver(() => LearnerGainView)
export class GainResolver {
  constructor(
    private readonly gains: GainService,
    private readonly employees: EmployeeService,
  ) {}

  @Query(() => CourseGainView, {
    description: 'Pre/post-test gain of a course’s learners in the caller’s region',
  })
  @RequiresRole(Role.ADMIN, Role.ORGANIZER, Role.INSTRUCTOR, Role.HR_ANALYST)
  courseGain(
    @Args('courseId', { type: () => ID }) courseId: string,
    @Scope() scope: AccessScope,
  ): Promise<CourseGainView> {
    return this.gains.forCourse(courseId, scope);
  }

  @ResolveField(() => Employee)
  employee(@Parent() row: LearnerGainView, @Context() ctx: GraphqlContext): Promise<Employee> {
    return ctx.loaders
      .get<string, Employee>('employeeById', async (ids) =>
        byKeys(ids, await this.employees.findByIds(ids), (e) => e.id),
      )
      .load(row.employeeId);
  }
}
