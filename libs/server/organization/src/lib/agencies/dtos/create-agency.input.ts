import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';

@InputType()
export class CreateAgencyInput {
  @Field(() => ID)
  @IsUUID()
  regionId!: string;

  @Field({ description: 'Unique across the platform; the employee CSV refers to it' })
  @IsString()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._/-]{0,49}$/, {
    message: 'must be 1 to 50 letters, digits, dots, dashes, slashes or underscores',
  })
  code!: string;

  @Field()
  @IsString()
  @Length(2, 200)
  name!: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  parentId?: string | null;
}
