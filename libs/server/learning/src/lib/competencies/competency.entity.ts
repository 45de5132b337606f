import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

import { CompetencyType } from '../common/learning-enums';

/**
 * One specific competency of the ASN competency model (Permenpan RB 38/2017): the national
 * managerial (M.01–M.08) and socio-cultural (Perekat Bangsa) ones have no region; technical
 * competencies are defined by each region.
 */
@ObjectType()
@Entity('competencies')
export class Competency {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => CompetencyType)
  @Column('varchar')
  type!: CompetencyType;

  @Field()
  @Column()
  code!: string;

  @Field()
  @Column()
  name!: string;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  description!: string | null;

  /** Null for the national (managerial, socio-cultural) competencies every region shares. */
  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  regionId!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
