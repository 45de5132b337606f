import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

@ArgsType()
export class CancelTrainingArgs {
  @Field(() => ID)
  @IsUUID()
  trainingId!: string;

  @Field(() => String, { nullable: true, description: 'Told to the participants' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  reason?: string | null;
}
