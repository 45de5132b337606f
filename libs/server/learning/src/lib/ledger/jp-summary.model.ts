import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

import { LearningRecord } from './learning-record.entity';

/** A year of an employee's JP against the 20-JP obligation, for the progress bar. */
@ObjectType('JpSummary')
export class JpSummary {
  @Field(() => Int)
  year!: number;

  @Field(() => Float)
  totalJp!: number;

  @Field(() => Float, { description: 'JP owed per year (20)' })
  obligation!: number;

  @Field(() => Float, { description: 'totalJp over obligation, capped at 1' })
  progress!: number;

  @Field()
  met!: boolean;

  @Field(() => [LearningRecord], { description: 'Newest first' })
  records!: LearningRecord[];
}
