import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An enrollment an issuance covers, and why it failed when it did. */
@Entity('certificate_issuance_items')
export class CertificateIssuanceItem {
  @PrimaryColumn('uuid')
  issuanceId!: string;

  @PrimaryColumn('uuid')
  enrollmentId!: string;

  @Column('timestamptz', { nullable: true })
  failedAt!: Date | null;

  @Column('varchar', { nullable: true })
  failureReason!: string | null;
}
