import { AccessScope, byKeys, GraphqlContext, RequiresRole, Scope } from '@lms/server/core';
import { Employee, EmployeeService, Region, RegionService } from '@lms/server/organization';
import { Role } from '@lms/shared/domain';
import {
  Args,
  Context,
  ID,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';

import { CreateUserInput } from './dtos/create-user.input';
import { InstructorRef } from './instructor-ref.model';
import { User } from './user.entity';
import { UserService } from './user.service';

@Resolver(() => User)
export class UserResolver {
  constructor(
    private readonly users: UserService,
    private readonly employees: EmployeeService,
    private readonly regions: RegionService,
  ) {}

  @Mutation(() => User)
  @RequiresRole(Role.ADMIN)
  createUser(@Args('input') input: CreateUserInput): Promise<User> {
    return this.users.create(input);
  }

  @Query(() => [InstructorRef], {
    description:
      "INSTRUCTOR accounts a class may book: an organizer's region; an ADMIN's every region or regionId",
  })
  @RequiresRole(Role.ADMIN, Role.ORGANIZER)
  instructors(
    @Scope() scope: AccessScope,
    @Args('regionId', { type: () => ID, nullable: true }) regionId?: string,
  ): Promise<InstructorRef[]> {
    return this.users.instructors(scope, regionId);
  }

  @ResolveField(() => Employee, {
    nullable: true,
    description: 'The employee a LEARNER account is',
  })
  async employee(@Parent() user: User, @Context() ctx: GraphqlContext): Promise<Employee | null> {
    if (!user.employeeId) return null;
    return ctx.loaders
      .get<string, Employee>('employeeById', async (ids) =>
        byKeys(ids, await this.employees.findByIds(ids), (e) => e.id),
      )
      .load(user.employeeId);
  }

  @ResolveField(() => Region, {
    nullable: true,
    description: 'The region a staff account is scoped to',
  })
  async region(@Parent() user: User, @Context() ctx: GraphqlContext): Promise<Region | null> {
    if (!user.regionId) return null;
    return ctx.loaders
      .get<string, Region>('regionById', async (ids) =>
        byKeys(ids, await this.regions.findByIds(ids), (r) => r.id),
      )
      .load(user.regionId);
  }
}
