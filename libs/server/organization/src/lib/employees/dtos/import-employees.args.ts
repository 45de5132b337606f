import { MAX_CSV_LENGTH } from '@lms/server/core';
import { ArgsType, Field } from '@nestjs/graphql';
import { IsBoolean, IsString, MaxLength } from 'class-validator';

@ArgsType()
export class ImportEmployeesArgs {
  @Field({ description: 'CSV: nip,full_name,email,agency_code,grade,position_title' })
  @IsString()
  @MaxLength(MAX_CSV_LENGTH)
  csv!: string;

  @Field(() => Boolean, { defaultValue: false })
  @IsBoolean()
  dryRun!: boolean;
}
