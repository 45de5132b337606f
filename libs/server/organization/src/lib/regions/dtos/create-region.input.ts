import { RegionType } from '@lms/shared/domain';
import { Field, InputType } from '@nestjs/graphql';
import { IsEnum, IsString, Length, Matches } from 'class-validator';

@InputType()
export class CreateRegionInput {
  @Field({ description: 'Kemendagri code: `35` (province), `35.10` (regency or city)' })
  @IsString()
  @Matches(/^\d{2}(\.\d{2})?$/, { message: 'must be a Kemendagri code such as 35 or 35.10' })
  code!: string;

  @Field()
  @IsString()
  @Length(2, 200)
  name!: string;

  @Field(() => RegionType)
  @IsEnum(RegionType)
  type!: RegionType;
}
