import { PageArgs } from '@lms/server/core';
import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

import { CompetencyType, CourseDelivery } from '../../common/learning-enums';

@ArgsType()
export class CatalogArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Part of the title, code or description' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string | null;

  @Field(() => CompetencyType, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(CompetencyType))
  competency?: CompetencyType | null;

  @Field(() => ID, { nullable: true, description: 'A specific competency' })
  @IsOptional()
  @IsUUID()
  competencyId?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(5)
  level?: number | null;

  @Field(() => CourseDelivery, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(CourseDelivery))
  delivery?: CourseDelivery | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  digital?: boolean | null;
}
