import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, Length, Matches, MaxLength } from 'class-validator';

/** A technical competency of one region (managerial and socio-cultural ones are national seed data). */
@InputType()
export class CreateCompetencyInput {
  @Field({ description: 'Unique within the region, e.g. T.01' })
  @IsString()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._-]{0,29}$/, {
    message: 'must be 1 to 30 letters, digits, dots, dashes or underscores',
  })
  code!: string;

  @Field()
  @IsString()
  @Length(2, 200)
  name!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Required for ADMIN; an ORGANIZER uses their own',
  })
  @IsOptional()
  @IsUUID()
  regionId?: string | null;
}
