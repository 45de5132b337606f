import {
  AccessScope,
  byKeys,
  Connection,
  ConnectionShape,
  GraphqlContext,
  RequiresRole,
  Scope,
} from '@lms/server/core';
import { Region, RegionService } from '@lms/server/organization';
import { Role } from '@lms/shared/domain';
import {
  Args,
  Context,
  ID,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';

import { Assessment } from '../assessments/assessment.entity';
import { AssessmentSettingsService } from '../assessments/assessment-settings.service';
import { Competency } from '../competencies/competency.entity';
import { CompetencyService } from '../competencies/competency.service';
import { CourseContentService } from '../content/course-content.service';
import { CourseModule } from '../content/course-module.entity';
import { CatalogService } from './catalog.service';
import { Course } from './course.entity';
import { CourseService } from './course.service';
import { CourseStatusService } from './course-status.service';
import { CatalogArgs } from './dtos/catalog.args';
import { CourseListArgs } from './dtos/course-list.args';
import { CreateCourseInput } from './dtos/create-course.input';
import { UpdateCourseInput } from './dtos/update-course.input';

const CourseConnection = Connection(Course, 'Course');
const EDITORS = [Role.ADMIN, Role.ORGANIZER];

@Resolver(() => Course)
export class CourseResolver {
  constructor(
    private readonly courseService: CourseService,
    private readonly statusService: CourseStatusService,
    private readonly catalogService: CatalogService,
    private readonly content: CourseContentService,
    private readonly settings: AssessmentSettingsService,
    private readonly regions: RegionService,
    private readonly competencies: CompetencyService,
  ) {}

  @Mutation(() => Course)
  @RequiresRole(...EDITORS)
  createCourse(
    @Args('input') input: CreateCourseInput,
    @Scope() scope: AccessScope,
  ): Promise<Course> {
    return this.courseService.create(input, scope);
  }

  @Mutation(() => Course)
  @RequiresRole(...EDITORS)
  updateCourse(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateCourseInput,
    @Scope() scope: AccessScope,
  ): Promise<Course> {
    return this.courseService.update(id, input, scope);
  }

  @Mutation(() => Course, { description: 'DRAFT → PUBLISHED; needs at least one lesson' })
  @RequiresRole(...EDITORS)
  publishCourse(
    @Args('id', { type: () => ID }) id: string,
    @Scope() scope: AccessScope,
  ): Promise<Course> {
    return this.statusService.publish(id, scope);
  }

  @Mutation(() => Course, {
    description: '→ ARCHIVED: hidden from the catalog, no longer editable',
  })
  @RequiresRole(...EDITORS)
  archiveCourse(
    @Args('id', { type: () => ID }) id: string,
    @Scope() scope: AccessScope,
  ): Promise<Course> {
    return this.statusService.archive(id, scope);
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

  @Query(() => CourseConnection, {
    description: 'Published courses of the caller’s region and shared ones, by title',
  })
  catalog(
    @Args() args: CatalogArgs,
    @Scope() scope: AccessScope,
  ): Promise<ConnectionShape<Course>> {
    return this.catalogService.search(args, scope);
  }

  @ResolveField(() => [CourseModule], { description: 'Modules with their lessons, in order' })
  modules(@Parent() course: Course): Promise<CourseModule[]> {
    // The parent was already scope-checked by the query that returned it.
    return this.content.outlineOf(course.id);
  }

  @ResolveField(() => Int)
  lessonCount(@Parent() course: Course, @Context() ctx: GraphqlContext): Promise<number> {
    return ctx.loaders
      .get<string, number>('lessonCountByCourse', (ids) => this.content.lessonCounts(ids))
      .load(course.id);
  }

  @ResolveField(() => [Assessment], { description: 'Test settings (no questions, no answers)' })
  assessments(@Parent() course: Course): Promise<Assessment[]> {
    return this.settings.listOf(course.id);
  }

  @ResolveField(() => Region)
  region(@Parent() course: Course, @Context() ctx: GraphqlContext): Promise<Region> {
    return ctx.loaders
      .get<string, Region>('regionById', async (ids) =>
        byKeys(ids, await this.regions.findByIds(ids), (r) => r.id),
      )
      .load(course.regionId);
  }

  @ResolveField(() => Competency, { nullable: true, description: 'The specific competency' })
  async specificCompetency(
    @Parent() course: Course,
    @Context() ctx: GraphqlContext,
  ): Promise<Competency | null> {
    if (!course.competencyId) return null;
    return ctx.loaders
      .get<string, Competency>('competencyById', async (ids) =>
        byKeys(ids, await this.competencies.findByIds(ids), (c) => c.id),
      )
      .load(course.competencyId);
  }
}
