import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength } from 'class-validator';

@ArgsType()
export class RevokeCertificateArgs {
  @Field(() => ID)
  @IsString()
  @MaxLength(100)
  id!: string;

  /** Checked by the service, so a blank reason answers BAD_USER_INPUT naming `reason`. */
  @Field()
  @IsString()
  @MaxLength(2000)
  reason!: string;
}

@ArgsType()
export class ReissueCertificateArgs {
  @Field(() => ID)
  @IsString()
  @MaxLength(100)
  id!: string;

  @Field(() => String, { nullable: true, description: 'What was corrected' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string | null;
}
