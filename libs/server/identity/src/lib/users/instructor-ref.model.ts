import { Field, ID, ObjectType } from '@nestjs/graphql';

/**
 * An INSTRUCTOR account an organizer may assign to a class: the id `scheduleTraining` and
 * `setTrainingInstructors` take, the name to show, and the region it teaches in. No e-mail: the
 * list is for picking, not for contacting.
 */
@ObjectType()
export class InstructorRef {
  @Field(() => ID)
  id!: string;

  @Field()
  username!: string;

  @Field(() => ID, { description: 'Classes of this region only may book the instructor' })
  regionId!: string;
}
