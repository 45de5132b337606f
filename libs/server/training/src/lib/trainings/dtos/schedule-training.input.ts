import { DateScalarType } from '@lms/server/core';
import { Field, Float, GraphQLISODateTime, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDate,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

import { CLASS_TIME_ZONES } from '../../common/class-time';
import { TrainingMode } from '../../common/training-enums';
import { AgencyQuotaInput } from './agency-quota.input';

export const LOCAL_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

@InputType()
export class ScheduleTrainingInput {
  @Field(() => ID)
  @IsUUID()
  courseId!: string;

  @Field()
  @IsString()
  @Length(3, 200)
  title!: string;

  /** The Date scalar has checked the format; the decorator keeps the whitelist from dropping it. */
  @Field(() => DateScalarType, { description: 'First day of the class' })
  @IsString()
  startDate!: string;

  @Field(() => DateScalarType, { description: 'Last day; one session day per calendar day' })
  @IsString()
  endDate!: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(100_000)
  capacity!: number;

  @Field(() => Float, {
    defaultValue: 0.8,
    description: 'Share of days attended needed to complete',
  })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0.01)
  @Max(1)
  minAttendanceRate = 0.8;

  @Field(() => TrainingMode, { defaultValue: TrainingMode.FACE_TO_FACE })
  @IsIn(Object.values(TrainingMode))
  mode: TrainingMode = TrainingMode.FACE_TO_FACE;

  @Field(() => String, {
    nullable: true,
    description: 'Where a FACE_TO_FACE or BLENDED class meets',
  })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  venue?: string | null;

  @Field(() => String, { nullable: true, description: 'Required for ONLINE and BLENDED classes' })
  @IsOptional()
  @IsUrl({ protocols: ['https', 'http'], require_protocol: true })
  @MaxLength(500)
  meetingUrl?: string | null;

  @Field(() => String, {
    defaultValue: '08:00',
    description: 'Local start time of every day, HH:MM',
  })
  @Matches(LOCAL_TIME, { message: 'must be a time written HH:MM' })
  dailyStartTime = '08:00';

  @Field(() => String, { defaultValue: '16:00', description: 'Local end time of every day, HH:MM' })
  @Matches(LOCAL_TIME, { message: 'must be a time written HH:MM' })
  dailyEndTime = '16:00';

  @Field(() => String, {
    defaultValue: 'Asia/Jakarta',
    description: 'Asia/Jakarta, Asia/Makassar or Asia/Jayapura',
  })
  @IsIn(Object.keys(CLASS_TIME_ZONES))
  timeZone = 'Asia/Jakarta';

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Default: open at once' })
  @IsOptional()
  @IsDate()
  registrationOpensAt?: Date | null;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'Default: when the first day starts',
  })
  @IsOptional()
  @IsDate()
  registrationClosesAt?: Date | null;

  @Field(() => Boolean, { defaultValue: false })
  @IsBoolean()
  requiresApproval = false;

  @Field(() => Boolean, { defaultValue: false })
  @IsBoolean()
  postTestRequired = false;

  @Field(() => [ID], { defaultValue: [], description: 'INSTRUCTOR accounts of the same region' })
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  instructorIds: string[] = [];

  @Field(() => [AgencyQuotaInput], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => AgencyQuotaInput)
  agencyQuotas: AgencyQuotaInput[] = [];

  @Field(() => ID, {
    nullable: true,
    description: "Region of the class: ADMIN only; default the course's region",
  })
  @IsOptional()
  @IsUUID()
  regionId?: string | null;
}
