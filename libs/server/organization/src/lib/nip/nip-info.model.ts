import { DateScalarType } from '@lms/server/core';
import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType()
export class NipInfo {
  @Field()
  valid!: boolean;

  @Field(() => [String], { description: 'Every problem, in the language Accept-Language asks' })
  errors!: string[];

  @Field(() => DateScalarType, { nullable: true })
  birthDate!: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM (PNS) or YYYY (PPPK)' })
  appointmentMonth!: string | null;

  @Field(() => String, { nullable: true, description: 'MALE or FEMALE' })
  gender!: string | null;

  @Field(() => Int, { nullable: true })
  sequence!: number | null;

  @Field(() => String, { nullable: true, description: 'PNS or PPPK' })
  employmentType!: string | null;
}
