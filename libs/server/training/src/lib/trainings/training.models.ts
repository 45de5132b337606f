import { Connection } from '@lms/server/core';
import { Field, ID, ObjectType } from '@nestjs/graphql';

import { Training } from './training.entity';

/** An instructor of a class: the account's id and username (no e-mail: learners see this too). */
@ObjectType()
export class TrainingInstructorRef {
  @Field(() => ID)
  id!: string;

  @Field()
  username!: string;
}

export const TrainingConnection = Connection(Training, 'Training');
