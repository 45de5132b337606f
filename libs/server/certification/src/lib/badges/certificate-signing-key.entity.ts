import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A region's Ed25519 key for Open Badges credentials; the private half is stored encrypted. */
@Entity('certificate_signing_keys')
export class CertificateSigningKey {
  @PrimaryColumn('uuid')
  regionId!: string;

  /** Raw 32-byte public key, base64url. */
  @Column()
  publicKey!: string;

  /** AES-256-GCM of the PKCS#8 DER private key: `iv.tag.ciphertext`, base64url each. */
  @Column('text')
  privateKeyEncrypted!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
