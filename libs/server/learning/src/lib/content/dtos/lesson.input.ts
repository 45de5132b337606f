import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

import { LessonKind } from '../../common/learning-enums';

const WEB_URL = { protocols: ['http', 'https'], require_protocol: true, require_tld: true };

/** The field matching `kind` is required (body, videoUrl, fileId or externalUrl); the others are optional extras. */
@InputType()
export class LessonInput {
  @Field()
  @IsString()
  @Length(2, 200)
  title!: string;

  @Field(() => LessonKind)
  @IsIn(Object.values(LessonKind))
  kind!: LessonKind;

  @Field(() => String, { nullable: true, description: 'Rich text (HTML); sanitized on the server' })
  @IsOptional()
  @IsString()
  @MaxLength(200_000)
  body?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl(WEB_URL, { message: 'must be an http(s) URL' })
  @MaxLength(2000)
  videoUrl?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl(WEB_URL, { message: 'must be an http(s) URL' })
  @MaxLength(2000)
  externalUrl?: string | null;

  @Field(() => ID, { nullable: true, description: 'A file uploaded to this course' })
  @IsOptional()
  @IsUUID()
  fileId?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(6000)
  durationMinutes?: number | null;

  @Field(() => Int, { nullable: true, description: '0-based; default: after the last lesson' })
  @IsOptional()
  @IsInt()
  @Min(0)
  position?: number | null;
}
