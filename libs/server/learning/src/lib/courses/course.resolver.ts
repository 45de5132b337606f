import { AccessScope, RequiresRole, Scope } from '@lms/server/core';
import { Role } from '@lms/shared/domain';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';

import { Course } from './course.entity';
import { CourseService } from './course.service';
import { CourseListArgs } from './dtos/course-list.args';
import { CreateCourseInput } from './dtos/create-course.input';
import { UpdateCourseInput } from './dtos/update-course.input';

@Resolver(() => Course)
export class CourseResolver {
  constructor(private readonly courseService: CourseService) {}

  @Mutation(() => Course)
  @RequiresRole(Role.ADMIN, Role.ORGANIZER)
  createCourse(
    @Args('input') input: CreateCourseInput,
    @Scope() scope: AccessScope,
  ): Promise<Course> {
    return this.courseService.create(input, scope);
  }

  @Mutation(() => Course)
  @RequiresRole(Role.ADMIN, Role.ORGANIZER)
  updateCourse(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateCourseInput,
    @Scope() scope: AccessScope,
  ): Promise<Course> {
    return this.courseService.update(id, input, scope);
  }

  @Query(() => Course, { description: 'A course the caller may see; learners: published only' })
  course(@Args('id', { type: () => ID }) id: string, @Scope() scope: AccessScope): Promise<Course> {
    return this.courseService.getForScope(id, scope);
  }

  @Query(() => [Course], {
    description: 'Courses for staff: own region and shared ones, every status (max 500)',
  })
  @RequiresRole(Role.ADMIN, Role.ORGANIZER, Role.INSTRUCTOR, Role.HR_ANALYST)
  courses(@Args() args: CourseListArgs, @Scope() scope: AccessScope): Promise<Course[]> {
    return this.courseService.listForStaff(scope, args);
  }
}
