import { MAX_CSV_LENGTH } from '@lms/server/core';
import { ArgsType, Field } from '@nestjs/graphql';
import { IsBoolean, IsString, MaxLength } from 'class-validator';

@ArgsType()
export class ImportTrainingRecordsArgs {
  @Field({
    description:
      'CSV: nip,course_code,course_title,competency,digital,jp,completed_on,certificate_number (optional: institution)',
  })
  @IsString()
  @MaxLength(MAX_CSV_LENGTH)
  csv!: string;

  @Field(() => Boolean, { defaultValue: false })
  @IsBoolean()
  dryRun!: boolean;
}
