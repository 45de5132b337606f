import { DateScalarType } from '@lms/server/core';
import { Field, Float, GraphQLISODateTime, Int, ObjectType } from '@nestjs/graphql';

@ObjectType()
export class CertificateHistoryEntry {
  @Field(() => Int)
  version!: number;

  @Field(() => DateScalarType)
  issuedOn!: string;

  @Field(() => String, { nullable: true })
  sha256!: string | null;

  @Field(() => GraphQLISODateTime)
  supersededAt!: Date;

  @Field(() => String, { nullable: true })
  reissueReason!: string | null;
}

/**
 * What anyone holding a certificate's code may read (contract.md): every field printed on it, its
 * status, and the SHA-256 of the PDF as issued, so a dropped file can be checked byte for byte.
 */
@ObjectType()
export class CertificateVerification {
  @Field({ description: 'True only for a known certificate that is not revoked' })
  valid!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'VALID or REVOKED; null for an unknown code',
  })
  status!: string | null;

  @Field(() => String, { nullable: true })
  code!: string | null;

  @Field(() => String, { nullable: true })
  number!: string | null;

  @Field(() => Int, { nullable: true })
  version!: number | null;

  @Field(() => DateScalarType, { nullable: true })
  issuedOn!: string | null;

  @Field(() => String, { nullable: true })
  issuedCity!: string | null;

  @Field(() => String, { nullable: true })
  holderName!: string | null;

  @Field(() => String, { nullable: true })
  holderNip!: string | null;

  @Field(() => String, { nullable: true })
  holderGrade!: string | null;

  @Field(() => String, { nullable: true })
  holderPosition!: string | null;

  @Field(() => String, { nullable: true })
  holderAgency!: string | null;

  @Field(() => String, { nullable: true })
  courseTitle!: string | null;

  @Field(() => String, { nullable: true })
  trainingTitle!: string | null;

  @Field(() => String, { nullable: true, description: 'TECHNICAL, MANAGERIAL or SOCIO_CULTURAL' })
  competency!: string | null;

  @Field(() => Int, { nullable: true })
  level!: number | null;

  @Field(() => Float, { nullable: true })
  jp!: number | null;

  @Field(() => DateScalarType, { nullable: true })
  startDate!: string | null;

  @Field(() => DateScalarType, { nullable: true })
  endDate!: string | null;

  @Field(() => String, { nullable: true })
  place!: string | null;

  @Field(() => String, { nullable: true })
  predikat!: string | null;

  @Field(() => String, { nullable: true })
  regionName!: string | null;

  @Field(() => String, { nullable: true })
  issuerName!: string | null;

  @Field(() => String, { nullable: true })
  signatoryName!: string | null;

  @Field(() => String, { nullable: true })
  signatoryPosition!: string | null;

  @Field(() => String, { nullable: true, description: 'Hex SHA-256 of the PDF as issued' })
  sha256!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  revokedAt!: Date | null;

  @Field(() => String, { nullable: true })
  revokeReason!: string | null;

  @Field(() => String, { nullable: true, description: 'Path of the PDF: GET it from the API' })
  pdfUrl!: string | null;

  @Field(() => String, { nullable: true, description: 'Path of the Open Badges 3.0 credential' })
  badgeUrl!: string | null;

  @Field(() => [CertificateHistoryEntry], { description: 'Earlier versions, newest first' })
  history!: CertificateHistoryEntry[];
}
