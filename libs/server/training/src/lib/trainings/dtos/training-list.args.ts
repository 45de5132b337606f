import { DateScalarType, PageArgs } from '@lms/server/core';
import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

import { TrainingStatus } from '../../common/training-enums';

@ArgsType()
export class TrainingListArgs extends PageArgs {
  @Field(() => DateScalarType, {
    nullable: true,
    description: 'Classes with a day on or after this date (a calendar view sets both ends)',
  })
  @IsOptional()
  @IsString()
  from?: string | null;

  @Field(() => DateScalarType, {
    nullable: true,
    description: 'Classes with a day on or before this date',
  })
  @IsOptional()
  @IsString()
  to?: string | null;

  @Field(() => TrainingStatus, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(TrainingStatus))
  status?: TrainingStatus | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  courseId?: string | null;

  @Field(() => String, { nullable: true, description: 'Part of the title' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string | null;
}
