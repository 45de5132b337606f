import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

import { AssessmentKind } from '../common/learning-enums';
import { Course } from '../courses/course.entity';
import { CourseEnrolment } from './course-enrolment.entity';

/** A test as its learner sees it: the settings and their own attempts, no questions. */
@ObjectType('LearnerAssessment')
export class LearnerAssessmentView {
  @Field(() => AssessmentKind)
  kind!: AssessmentKind;

  @Field(() => Int)
  questionCount!: number;

  @Field(() => Int, { nullable: true })
  timeLimitMinutes!: number | null;

  @Field(() => Float)
  passingScore!: number;

  @Field(() => Int, { nullable: true })
  maxAttempts!: number | null;

  @Field(() => Int)
  attemptsUsed!: number;

  @Field(() => Int, { nullable: true, description: 'null = unlimited' })
  attemptsLeft!: number | null;

  @Field(() => Float, { nullable: true })
  bestScore!: number | null;

  @Field()
  passed!: boolean;

  @Field(() => ID, { nullable: true, description: 'An attempt started and not yet submitted' })
  openAttemptId!: string | null;
}

/** One course on the "Pembelajaran saya" page, or the learner's state inside a course. */
@ObjectType('CourseProgress')
export class CourseProgressView {
  @Field(() => Course)
  course!: Course;

  @Field(() => CourseEnrolment, { nullable: true, description: 'null when not enrolled' })
  enrolment!: CourseEnrolment | null;

  @Field(() => [ID])
  completedLessonIds!: string[];

  @Field(() => Int)
  lessonsTotal!: number;

  @Field(() => Int)
  lessonsDone!: number;

  @Field(() => Float, { description: 'Lessons done over lessons, 0..1' })
  progress!: number;

  /** Resolved on demand by the resolver. */
  @Field(() => LearnerAssessmentView, { nullable: true })
  preTest?: LearnerAssessmentView | null;

  @Field(() => LearnerAssessmentView, { nullable: true })
  postTest?: LearnerAssessmentView | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Best post-test score minus best pre-test score',
  })
  gain?: number | null;
}
