import { EmploymentType, PositionType } from '@lms/shared/domain';
import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

import { Agency } from '../agencies/agency.entity';

registerEnumType(PositionType, { name: 'PositionType' });
registerEnumType(EmploymentType, { name: 'EmploymentType' });

/** A civil servant (ASN): PNS or PPPK, identified by NIP. */
@ObjectType()
@Entity('employees')
export class Employee {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field()
  @Column()
  nip!: string;

  @Field()
  @Column()
  fullName!: string;

  @Field(() => String, { nullable: true })
  @Column('varchar', { nullable: true })
  email!: string | null;

  @Column('uuid')
  agencyId!: string;

  /** Copied from the agency so that scope filters need no join. */
  @Column('uuid')
  regionId!: string;

  /** Golongan/ruang (`III/a`) for PNS, golongan PPPK (`IX`) for PPPK. */
  @Field()
  @Column()
  grade!: string;

  @Field(() => String, { nullable: true })
  @Column('varchar', { nullable: true })
  positionTitle!: string | null;

  @Field(() => PositionType, { nullable: true })
  @Column('varchar', { nullable: true })
  positionType!: PositionType | null;

  @Field(() => EmploymentType)
  @Column('varchar')
  employmentType!: EmploymentType;

  @Field()
  @Column({ default: true })
  active!: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @Field(() => Agency)
  agency?: Agency;
}
