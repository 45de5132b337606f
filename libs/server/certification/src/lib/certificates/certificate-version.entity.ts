import { DateScalarType } from '@lms/server/core';
import { Field, GraphQLISODateTime, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

import { CertificateStatus } from '../common/certification-enums';
import type { CertificateContent } from '../render/certificate-content';

/** A superseded version of a certificate, kept when it is reissued (its PDF stays stored too). */
@ObjectType()
@Entity('certificate_versions')
export class CertificateVersion {
  @PrimaryColumn('uuid')
  certificateId!: string;

  @Field(() => Int)
  @PrimaryColumn('int')
  version!: number;

  @Field()
  @Column()
  number!: string;

  @Field(() => DateScalarType)
  @Column('date')
  issuedOn!: string;

  @Column('jsonb')
  content!: CertificateContent;

  @Field(() => String, { nullable: true })
  @Column('char', { length: 64, nullable: true })
  sha256!: string | null;

  @Column('varchar', { nullable: true })
  storageKey!: string | null;

  @Column('timestamptz', { nullable: true })
  renderedAt!: Date | null;

  @Field(() => String)
  @Column('varchar')
  status!: CertificateStatus;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column('timestamptz', { nullable: true })
  revokedAt!: Date | null;

  @Column('uuid', { nullable: true })
  revokedBy!: string | null;

  @Field(() => String, { nullable: true })
  @Column('varchar', { nullable: true })
  revokeReason!: string | null;

  @Field(() => GraphQLISODateTime)
  @Column('timestamptz')
  supersededAt!: Date;

  @Column('uuid', { nullable: true })
  supersededBy!: string | null;

  @Field(() => String, { nullable: true })
  @Column('varchar', { nullable: true })
  reissueReason!: string | null;
}
