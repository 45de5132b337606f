import type { Role } from '@lms/shared/domain';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A login account. A LEARNER account is tied to one employee; staff accounts to a region. */
@ObjectType()
@Entity('users')
export class User {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field()
  @Column()
  username!: string;

  @Field(() => String, { nullable: true })
  @Column('varchar', { nullable: true })
  email!: string | null;

  @Column({ select: false })
  passwordHash!: string;

  @Field(() => [String])
  @Column('text', { array: true })
  roles!: Role[];

  @Field(() => String, { nullable: true })
  @Column('uuid', { nullable: true })
  regionId!: string | null;

  @Field(() => String, { nullable: true })
  @Column('uuid', { nullable: true })
  employeeId!: string | null;

  @Field()
  @Column({ default: true })
  active!: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column('timestamptz', { nullable: true })
  lastLoginAt!: Date | null;
}
