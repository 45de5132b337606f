import { Field, Float, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsInt, IsNumber, IsOptional, Max, Min } from 'class-validator';

@InputType()
export class AssessmentSettingsInput {
  @Field(() => Int, { description: 'Questions drawn from the bank per attempt' })
  @IsInt()
  @Min(1)
  @Max(200)
  questionCount!: number;

  @Field(() => Int, { nullable: true, description: 'Minutes; null = no limit' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(600)
  timeLimitMinutes?: number | null;

  @Field(() => Float, { description: 'Score 0–100 needed to pass' })
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 })
  @Min(0)
  @Max(100)
  passingScore!: number;

  @Field(() => Int, { nullable: true, description: 'null = unlimited' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  maxAttempts?: number | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false })
  @IsOptional()
  @IsBoolean()
  revealAnswers?: boolean | null;
}
