import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsUUID } from 'class-validator';

@InputType()
export class AnswerInput {
  @Field(() => ID)
  @IsUUID()
  questionId!: string;

  @Field(() => [ID], { description: 'The chosen options; empty clears the answer' })
  @IsArray()
  @ArrayMaxSize(10)
  @IsUUID('all', { each: true })
  optionIds!: string[];
}
