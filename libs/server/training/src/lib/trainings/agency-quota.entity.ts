import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * At most `seats` confirmed participants from one agency (its whole subtree) in one class. Quota
 * agencies of one class never nest, so every employee counts against at most one quota.
 */
@ObjectType()
@Entity('training_agency_quotas')
export class AgencyQuota {
  @PrimaryColumn('uuid')
  trainingId!: string;

  @Field(() => ID)
  @PrimaryColumn('uuid')
  agencyId!: string;

  @Field(() => Int)
  @Column('int')
  seats!: number;

  @Field(() => Int)
  @Column('int')
  confirmedCount!: number;
}
