import { ArgsType, Field } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';

import { CourseStatus } from '../../common/learning-enums';

@ArgsType()
export class CourseListArgs {
  @Field(() => CourseStatus, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(CourseStatus))
  status?: CourseStatus | null;

  @Field(() => String, { nullable: true, description: 'Part of the title or code' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string | null;
}
