import { Field, ID, InputType } from '@nestjs/graphql';
import {
  IsBoolean,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
} from 'class-validator';

@InputType()
export class CertificateSettingsInput {
  @Field(() => ID)
  @IsUUID()
  regionId!: string;

  @Field({ nullable: true, description: 'Default 800/{seq}/BKPSDM/{year}' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  numberPattern?: string;

  @Field()
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  issuerName!: string;

  @Field()
  @IsString()
  @MinLength(2)
  @MaxLength(100)
  cityOfIssue!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  signatoryName?: string | null;

  @Field()
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  signatoryPosition!: string;

  @Field(() => String, { nullable: true, description: '18 digits; spaces are ignored' })
  @IsOptional()
  @IsString()
  @MaxLength(30)
  signatoryNip?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'A new logo: PNG or JPEG, base64, at most 512 kB',
  })
  @IsOptional()
  @IsString()
  @Matches(/^[A-Za-z0-9+/=\s]+$/, { message: 'logoBase64: must be base64' })
  @MaxLength(720_000)
  logoBase64?: string | null;

  @Field({ nullable: true, defaultValue: false, description: 'Remove the current logo' })
  @IsOptional()
  @IsBoolean()
  removeLogo?: boolean;
}
