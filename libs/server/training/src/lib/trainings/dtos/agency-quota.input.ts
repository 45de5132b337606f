import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsUUID, Max, Min } from 'class-validator';

@InputType()
export class AgencyQuotaInput {
  @Field(() => ID, { description: 'The agency; its whole subtree shares the quota' })
  @IsUUID()
  agencyId!: string;

  @Field(() => Int, { description: 'At most this many confirmed participants from the agency' })
  @IsInt()
  @Min(1)
  @Max(100_000)
  seats!: number;
}
