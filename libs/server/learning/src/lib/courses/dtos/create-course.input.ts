import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import {
  IsBoolean,
  IsIn,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

import { CompetencyType, CourseDelivery } from '../../common/learning-enums';

export const COURSE_CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._/-]{0,49}$/;

@InputType()
export class CreateCourseInput {
  @Field({ description: 'Unique across the platform' })
  @IsString()
  @Matches(COURSE_CODE_PATTERN, {
    message: 'must be 1 to 50 letters, digits, dots, dashes, slashes or underscores',
  })
  code!: string;

  @Field()
  @IsString()
  @Length(3, 200)
  title!: string;

  @Field(() => CompetencyType)
  @IsIn(Object.values(CompetencyType))
  competency!: CompetencyType;

  @Field()
  @IsBoolean()
  digital!: boolean;

  /** Checked with isValidJp in the service, which names the field and the rule. */
  @Field(() => Float)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  jp!: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  description?: string | null;

  @Field(() => CourseDelivery, { nullable: true, defaultValue: CourseDelivery.ONLINE })
  @IsOptional()
  @IsIn(Object.values(CourseDelivery))
  delivery?: CourseDelivery | null;

  @Field(() => Int, { nullable: true, description: 'Target level 1 (Paham) to 5 (Ahli)' })
  @IsOptional()
  @Min(1)
  @Max(5)
  level?: number | null;

  @Field(() => ID, { nullable: true, description: 'A competency of the chosen type' })
  @IsOptional()
  @IsUUID()
  competencyId?: string | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false })
  @IsOptional()
  @IsBoolean()
  shared?: boolean | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Owner region: required for ADMIN; an ORGANIZER always creates in their own',
  })
  @IsOptional()
  @IsUUID()
  regionId?: string | null;
}
