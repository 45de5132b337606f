import { PageArgs } from '@lms/server/core';
import { CompetencyType } from '@lms/server/learning';
import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

@ArgsType()
export class ScopeArgs {
  @Field(() => ID, { nullable: true, description: 'Default: every region the caller reaches' })
  @IsOptional()
  @IsUUID()
  regionId?: string | null;

  @Field(() => ID, { nullable: true, description: 'This agency and every agency under it' })
  @IsOptional()
  @IsUUID()
  agencyId?: string | null;
}

@ArgsType()
export class ScopeYearArgs extends ScopeArgs {
  @Field(() => Int, { nullable: true, description: 'Default: this calendar year' })
  @IsOptional()
  @IsInt()
  year?: number | null;
}

@ArgsType()
export class JpShortfallArgs extends PageArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  regionId?: string | null;

  @Field(() => ID, { nullable: true, description: 'This agency and every agency under it' })
  @IsOptional()
  @IsUUID()
  agencyId?: string | null;

  @Field(() => Int, { nullable: true, description: 'Default: this calendar year' })
  @IsOptional()
  @IsInt()
  year?: number | null;
}

@ArgsType()
export class CompetencyLevelArgs extends ScopeArgs {
  @Field(() => CompetencyType, { nullable: true, description: 'Default: all three' })
  @IsOptional()
  @IsIn(Object.values(CompetencyType))
  competency?: CompetencyType | null;
}

@ArgsType()
export class JpLedgerArgs {
  @Field(() => ID, { nullable: true, description: 'The employee, or give `nip`' })
  @IsOptional()
  @IsUUID()
  employeeId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  nip?: string | null;

  @Field(() => Int, { nullable: true, description: 'Default: this calendar year' })
  @IsOptional()
  @IsInt()
  year?: number | null;
}

@ArgsType()
export class SiasnExportArgs extends ScopeArgs {
  @Field(() => Int, { nullable: true, description: 'Completed in this year; default: every year' })
  @IsOptional()
  @IsInt()
  year?: number | null;
}
