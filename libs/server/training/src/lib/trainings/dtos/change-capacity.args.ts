import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsInt, IsUUID, Max, Min } from 'class-validator';

@ArgsType()
export class ChangeCapacityArgs {
  @Field(() => ID)
  @IsUUID()
  trainingId!: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(100_000)
  capacity!: number;
}
