import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBase64, IsString, IsUUID, Length, Matches, MaxLength } from 'class-validator';

import { MAX_FILE_BYTES } from '../learning-file.service';

@InputType()
export class UploadLearningFileInput {
  @Field(() => ID)
  @IsUUID()
  courseId!: string;

  @Field()
  @IsString()
  @Length(1, 200)
  @Matches(/^[^/\\\0]+$/, { message: 'must be a file name without folders' })
  filename!: string;

  @Field({ description: 'e.g. application/pdf' })
  @IsString()
  @MaxLength(100)
  contentType!: string;

  @Field({
    description: `The file's bytes, base64; at most ${MAX_FILE_BYTES / 1024 / 1024} MB decoded`,
  })
  @IsString()
  @MaxLength(Math.ceil(MAX_FILE_BYTES / 3) * 4 + 4, {
    message: `must decode to at most ${MAX_FILE_BYTES / 1024 / 1024} MB`,
  })
  @IsBase64()
  contentBase64!: string;
}
