import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import {
  IsBoolean,
  IsIn,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

import { CompetencyType, CourseDelivery } from '../../common/learning-enums';

/** Every field optional: only the ones given change. The code never changes once issued. */
@InputType()
export class UpdateCourseInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(3, 200)
  title?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  description?: string | null;

  @Field(() => CompetencyType, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(CompetencyType))
  competency?: CompetencyType | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  competencyId?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1)
  @Max(5)
  level?: number | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  digital?: boolean | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  jp?: number | null;

  @Field(() => CourseDelivery, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(CourseDelivery))
  delivery?: CourseDelivery | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  shared?: boolean | null;
}
