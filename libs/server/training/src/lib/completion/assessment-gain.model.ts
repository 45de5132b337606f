import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

/** The class's pre/post-test gain, over the participants with a score in both tests. */
@ObjectType()
export class AssessmentGain {
  @Field(() => Int, { description: 'Participants (seat holders) of the class' })
  participants!: number;

  @Field(() => Int, { description: 'Participants with both a pre-test and a post-test score' })
  tested!: number;

  @Field(() => Float, { description: 'Mean best pre-test score, 0–100' })
  preTestMean!: number;

  @Field(() => Float, { description: 'Mean best post-test score, 0–100' })
  postTestMean!: number;

  @Field(() => Float, { description: 'postTestMean − preTestMean' })
  meanGain!: number;
}
