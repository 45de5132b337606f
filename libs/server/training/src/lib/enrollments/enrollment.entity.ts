import { numericTransformer } from '@lms/server/learning';
import { Field, Float, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

import { EnrollmentSource, EnrollmentStatus } from '../common/training-enums';

/** bigint arrives from pg as a string; arrival numbers stay far below 2^53. */
const bigintTransformer = {
  to: (value: number | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

/** An employee's place in a class: a seat, a place on the waitlist, or a request awaiting approval. */
@ObjectType()
@Entity('enrollments')
export class Enrollment {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => ID)
  @Column('uuid')
  trainingId!: string;

  @Column('uuid')
  employeeId!: string;

  @Field(() => String, {
    description:
      'CONFIRMED, WAITLISTED, COMPLETED, NOT_COMPLETED, CANCELLED; PENDING_APPROVAL or REJECTED when the class requires approval',
  })
  @Column('varchar')
  status!: EnrollmentStatus;

  /** Position in the class's allocation order, drawn under the class's row lock. */
  @Column('bigint', { transformer: bigintTransformer })
  queueSeq!: number;

  @Column('uuid', { nullable: true })
  quotaAgencyId!: string | null;

  @Field(() => EnrollmentSource)
  @Column('varchar')
  source!: EnrollmentSource;

  @Column('uuid', { nullable: true })
  requestedBy!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column('timestamptz', { nullable: true })
  confirmedAt!: Date | null;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When the enrollment moved up from the waitlist',
  })
  @Column('timestamptz', { nullable: true })
  promotedAt!: Date | null;

  @Column('uuid', { nullable: true })
  decidedBy!: string | null;

  @Column('timestamptz', { nullable: true })
  decidedAt!: Date | null;

  @Column('uuid', { nullable: true })
  cancelledBy!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column('timestamptz', { nullable: true })
  cancelledAt!: Date | null;

  @Field(() => String, { nullable: true })
  @Column('varchar', { nullable: true })
  cancelReason!: string | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Share of the class days attended, fixed when the class was completed',
  })
  @Column('numeric', { precision: 4, scale: 3, nullable: true, transformer: numericTransformer })
  attendanceRate!: number | null;

  @Field(() => Boolean, { nullable: true })
  @Column('boolean', { nullable: true })
  postTestPassed!: boolean | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column('timestamptz', { nullable: true })
  completedAt!: Date | null;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
