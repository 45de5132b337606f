import { AccessScope, RequiresRole, Scope } from '@lms/server/core';
import { Role } from '@lms/shared/domain';
import {
  Args,
  Float,
  ID,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';

import { AssessmentKind } from '../common/learning-enums';
import { JpSummary } from '../ledger/jp-summary.model';
import { LearningRecordService } from '../ledger/learning-record.service';
import { CourseEnrolment } from './course-enrolment.entity';
import { EnrolmentService, learnerOf } from './enrolment.service';
import { CourseProgressView, LearnerAssessmentView } from './learner-progress.model';

/** The learner's own learning: enrolment, lesson progress, "Pembelajaran saya" and JP. */
@Resolver(() => CourseProgressView)
@RequiresRole(Role.LEARNER)
export class LearnerResolver {
  constructor(
    private readonly enrolments: EnrolmentService,
    private readonly ledger: LearningRecordService,
  ) {}

  @Mutation(() => CourseEnrolment, { description: 'Self-enrolment in a published ONLINE course' })
  enrolInCourse(
    @Args('courseId', { type: () => ID }) courseId: string,
    @Scope() scope: AccessScope,
  ): Promise<CourseEnrolment> {
    return this.enrolments.enrol(courseId, scope);
  }

  @Mutation(() => CourseProgressView, {
    description: 'Marks a lesson done; may complete the course',
  })
  completeLesson(
    @Args('lessonId', { type: () => ID }) lessonId: string,
    @Scope() scope: AccessScope,
  ): Promise<CourseProgressView> {
    return this.enrolments.completeLesson(lessonId, scope);
  }

  @Query(() => CourseProgressView, { description: 'The caller’s progress in one course' })
  myCourse(
    @Args('courseId', { type: () => ID }) courseId: string,
    @Scope() scope: AccessScope,
  ): Promise<CourseProgressView> {
    return this.enrolments.progress(courseId, scope);
  }

  @Query(() => [CourseProgressView], {
    description: 'Courses the caller enrolled in, newest first',
  })
  myLearning(@Scope() scope: AccessScope): Promise<CourseProgressView[]> {
    return this.enrolments.myLearning(scope);
  }

  @Query(() => JpSummary, {
    description: 'The caller’s JP of a year (default: this year) against 20 JP',
  })
  myJp(
    @Scope() scope: AccessScope,
    @Args('year', { type: () => Int, nullable: true }) year?: number | null,
  ): Promise<JpSummary> {
    return this.ledger.summary(learnerOf(scope), year ?? new Date().getFullYear());
  }

  @ResolveField(() => LearnerAssessmentView, { nullable: true })
  preTest(
    @Parent() p: CourseProgressView,
    @Scope() scope: AccessScope,
  ): Promise<LearnerAssessmentView | null> {
    return this.enrolments.learnerAssessment(p.course.id, learnerOf(scope), AssessmentKind.PRE);
  }

  @ResolveField(() => LearnerAssessmentView, { nullable: true })
  postTest(
    @Parent() p: CourseProgressView,
    @Scope() scope: AccessScope,
  ): Promise<LearnerAssessmentView | null> {
    return this.enrolments.learnerAssessment(p.course.id, learnerOf(scope), AssessmentKind.POST);
  }

  @ResolveField(() => Float, { nullable: true })
  async gain(@Parent() p: CourseProgressView, @Scope() scope: AccessScope): Promise<number | null> {
    return this.enrolments.learnerGain(p.course.id, learnerOf(scope));
  }
}
