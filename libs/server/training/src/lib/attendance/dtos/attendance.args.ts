import { DateScalarType } from '@lms/server/core';
import { ArgsType, Field, ID } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsString,
  IsUUID,
  Length,
  MaxLength,
} from 'class-validator';

@ArgsType()
export class RecordAttendanceArgs {
  @Field(() => ID)
  @IsUUID()
  trainingId!: string;

  /** The Date scalar has checked the format; the decorator keeps the whitelist from dropping it. */
  @Field(() => DateScalarType, { description: 'A day of the class, today or earlier' })
  @IsString()
  date!: string;

  @Field(() => [String], { description: 'NIPs of confirmed participants' })
  @IsArray()
  @ArrayMaxSize(5000)
  @IsString({ each: true })
  @MaxLength(40, { each: true })
  nips!: string[];

  @Field(() => Boolean, {
    defaultValue: true,
    description: 'false marks them absent (a correction)',
  })
  @IsBoolean()
  present = true;
}

@ArgsType()
export class CheckInArgs {
  @Field(() => ID)
  @IsUUID()
  trainingId!: string;

  @Field({ description: "The day's code shown in class (or read from its QR code)" })
  @IsString()
  @Length(1, 20)
  code!: string;
}
