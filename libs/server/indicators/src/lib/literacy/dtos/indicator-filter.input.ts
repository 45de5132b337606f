import { CompetencyType } from '@lms/server/learning';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsIn, IsInt, IsOptional, IsUUID } from 'class-validator';

/** contract.md's `IndicatorFilter`; the year's range is checked by the service (it moves yearly). */
@InputType()
export class IndicatorFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  regionId?: string | null;

  @Field(() => ID, { nullable: true, description: 'This agency and every agency under it' })
  @IsOptional()
  @IsUUID()
  agencyId?: string | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Null: trained and certified over every year, totalJp and jpCompliantCount this calendar year',
  })
  @IsOptional()
  @IsInt()
  year?: number | null;

  @Field(() => CompetencyType, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(CompetencyType))
  competency?: CompetencyType | null;
}
