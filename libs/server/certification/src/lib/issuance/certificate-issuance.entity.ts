import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

import { IssuanceStatus } from '../common/certification-enums';

@ObjectType()
export class CertificateFailure {
  @Field(() => ID)
  enrollmentId!: string;

  @Field()
  holderName!: string;

  @Field()
  nip!: string;

  @Field({ description: 'Why the certificate could not be issued after every retry' })
  reason!: string;

  @Field(() => GraphQLISODateTime)
  failedAt!: Date;
}

/**
 * One call of issueCertificates: the enrollments it queued (its items). `issued`, `failed` and
 * `status` are counted from the items and the certificates when read, never kept as counters that
 * a redelivered job could bump twice.
 */
@ObjectType()
@Entity('certificate_issuances')
export class CertificateIssuance {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => ID)
  @Column('uuid')
  trainingId!: string;

  @Column('uuid')
  regionId!: string;

  @Column('uuid', { nullable: true })
  requestedBy!: string | null;

  @Field(() => Int)
  @Column('int')
  total!: number;

  /** Set when the jobs could not be queued (Redis down): the call failed and may be repeated. */
  @Column('varchar', { nullable: true })
  enqueueError!: string | null;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Field(() => Int)
  issued!: number;

  @Field(() => Int)
  failed!: number;

  @Field(() => String, { description: 'QUEUED, RUNNING, DONE or FAILED' })
  status!: IssuanceStatus;
}
