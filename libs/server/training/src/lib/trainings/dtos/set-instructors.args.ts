import { ArgsType, Field, ID } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsUUID } from 'class-validator';

@ArgsType()
export class SetInstructorsArgs {
  @Field(() => ID)
  @IsUUID()
  trainingId!: string;

  @Field(() => [ID], { description: 'The whole list: instructors not named are removed' })
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  instructorIds!: string[];
}
