import { Employee } from '@lms/server/organization';
import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('LearnerGain')
export class LearnerGainView {
  @Field(() => ID)
  employeeId!: string;

  /** Resolved through a DataLoader. */
  @Field(() => Employee)
  employee?: Employee;

  @Field(() => Float, { nullable: true, description: 'Best pre-test score' })
  preScore!: number | null;

  @Field(() => Float, { nullable: true, description: 'Best post-test score' })
  postScore!: number | null;

  @Field(() => Float, { nullable: true, description: 'postScore − preScore, when both exist' })
  gain!: number | null;
}

/** Pre/post-test gain of a course's learners in the caller's scope. */
@ObjectType('CourseGain')
export class CourseGainView {
  @Field(() => ID)
  courseId!: string;

  @Field(() => Int, { description: 'Learners with both a pre- and a post-test score' })
  pairedCount!: number;

  @Field(() => Float, { nullable: true })
  averagePre!: number | null;

  @Field(() => Float, { nullable: true })
  averagePost!: number | null;

  @Field(() => Float, { nullable: true, description: 'Mean of the paired learners’ gains' })
  averageGain!: number | null;

  @Field(() => [LearnerGainView])
  learners!: LearnerGainView[];
}
