import { DateScalarType } from '@lms/server/core';
import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

import { CertificateStatus } from '../common/certification-enums';
import type { CertificateContent } from '../render/certificate-content';

/**
 * The certificate of one completed enrollment. `content` is what it says, frozen at issue (and at
 * each reissue); the PDF of the current version is stored under `storageKey` with its SHA-256.
 * A row without `sha256` is being rendered and is not yet shown to anyone.
 */
@ObjectType()
@Entity('certificates')
export class Certificate {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field({ description: 'Random verification code (144 bits, base64url) in the QR link' })
  @Column()
  code!: string;

  @Field(() => ID)
  @Column('uuid')
  enrollmentId!: string;

  @Field(() => ID)
  @Column('uuid')
  trainingId!: string;

  @Column('uuid')
  employeeId!: string;

  @Column('uuid')
  regionId!: string;

  @Column('int')
  year!: number;

  @Column('int')
  seq!: number;

  @Field()
  @Column()
  number!: string;

  @Field(() => Int, { description: 'Starts at 1; each reissue adds one' })
  @Column('int')
  version!: number;

  @Field(() => DateScalarType)
  @Column('date')
  issuedOn!: string;

  @Column('jsonb')
  content!: CertificateContent;

  @Field(() => String, { nullable: true, description: "Hex SHA-256 of the current version's PDF" })
  @Column('char', { length: 64, nullable: true })
  sha256!: string | null;

  @Column('varchar', { nullable: true })
  storageKey!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column('timestamptz', { nullable: true })
  renderedAt!: Date | null;

  @Field(() => String, { description: 'VALID or REVOKED' })
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

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
