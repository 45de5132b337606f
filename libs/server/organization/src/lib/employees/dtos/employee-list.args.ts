import { PageArgs } from '@lms/server/core';
import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

@ArgsType()
export class EmployeeListArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Part of a name, or the start of a NIP' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string | null;

  @Field(() => ID, { nullable: true, description: 'This agency and every agency under it' })
  @IsOptional()
  @IsUUID()
  agencyId?: string | null;
}
