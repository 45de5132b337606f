import { ArgsType, Field, ID } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

@ArgsType()
export class EnrollEmployeesArgs {
  @Field(() => ID)
  @IsUUID()
  trainingId!: string;

  /** Checked for size, shape, repeats and region in the service, which lists the offending NIPs. */
  @Field(() => [String], {
    description: 'NIPs of employees of the class’s region (spaces allowed)',
  })
  @IsArray()
  @ArrayMaxSize(5000)
  @IsString({ each: true })
  @MaxLength(40, { each: true })
  nips!: string[];
}

@ArgsType()
export class TrainingIdArgs {
  @Field(() => ID)
  @IsUUID()
  trainingId!: string;
}

@ArgsType()
export class EnrollmentDecisionArgs {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Why, for the record: kept in the audit trail; a cancellation or rejection reason also shows in the roster',
  })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  reason?: string | null;
}
