import { DateScalarType } from '@lms/server/core';
import { numericTransformer } from '@lms/server/learning';
import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

import type { ClassTimeZone } from '../common/class-time';
import { TrainingMode, TrainingStatus } from '../common/training-enums';

/** One Bimtek class (an *angkatan*) of a course: its days, seats and completion rules. */
@ObjectType()
@Entity('trainings')
export class Training {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => ID, { description: "The organizer's region the class belongs to" })
  @Column('uuid')
  regionId!: string;

  @Field(() => ID)
  @Column('uuid')
  courseId!: string;

  @Field()
  @Column()
  title!: string;

  @Field(() => TrainingMode)
  @Column('varchar')
  mode!: TrainingMode;

  @Field(() => String, { nullable: true })
  @Column('varchar', { nullable: true })
  venue!: string | null;

  @Field(() => String, { nullable: true })
  @Column('varchar', { nullable: true })
  meetingUrl!: string | null;

  @Field(() => DateScalarType)
  @Column('date')
  startDate!: string;

  @Field(() => DateScalarType)
  @Column('date')
  endDate!: string;

  @Field(() => String, {
    description: 'Asia/Jakarta (WIB), Asia/Makassar (WITA) or Asia/Jayapura (WIT)',
  })
  @Column('varchar')
  timeZone!: ClassTimeZone;

  @Field(() => Int)
  @Column('int')
  capacity!: number;

  @Field(() => Int, {
    description: 'Seats taken (CONFIRMED, COMPLETED and NOT_COMPLETED enrollments)',
  })
  @Column('int')
  confirmedCount!: number;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Null: open since scheduling' })
  @Column('timestamptz', { nullable: true })
  registrationOpensAt!: Date | null;

  @Field(() => GraphQLISODateTime)
  @Column('timestamptz')
  registrationClosesAt!: Date;

  @Field({ description: "Self-registrations wait for the organizer's approval" })
  @Column()
  requiresApproval!: boolean;

  @Field(() => Float, { description: 'Share of the days a participant must attend to complete' })
  @Column('numeric', { precision: 4, scale: 3, transformer: numericTransformer })
  minAttendanceRate!: number;

  @Field()
  @Column()
  postTestRequired!: boolean;

  @Field(() => TrainingStatus)
  @Column('varchar')
  status!: TrainingStatus;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column('timestamptz', { nullable: true })
  completedAt!: Date | null;

  @Column('uuid', { nullable: true })
  createdBy!: string | null;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
