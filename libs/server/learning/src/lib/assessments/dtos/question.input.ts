import { Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';

import { QuestionKind } from '../../common/learning-enums';

@InputType()
export class QuestionOptionInput {
  @Field()
  @IsString()
  @Length(1, 1000)
  text!: string;

  @Field()
  @IsBoolean()
  correct!: boolean;
}

/** Options in display order (each attempt shuffles them); the service checks the correct flags. */
@InputType()
export class QuestionInput {
  @Field(() => QuestionKind)
  @IsIn(Object.values(QuestionKind))
  kind!: QuestionKind;

  @Field()
  @IsString()
  @Length(3, 4000)
  text!: string;

  @Field(() => Int, { nullable: true, defaultValue: 1 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  points?: number | null;

  @Field(() => [QuestionOptionInput])
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => QuestionOptionInput)
  options!: QuestionOptionInput[];
}
