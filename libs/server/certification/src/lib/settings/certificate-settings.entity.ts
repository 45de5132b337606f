import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A region's certificate template settings: numbering, issuer, signatory, city, logo. */
@ObjectType()
@Entity('certificate_settings')
export class CertificateSettings {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  regionId!: string;

  @Field({ description: 'e.g. 800/{seq}/BKPSDM/{year}; also {month} (Roman) and {region} (code)' })
  @Column()
  numberPattern!: string;

  @Field()
  @Column()
  issuerName!: string;

  @Field()
  @Column()
  cityOfIssue!: string;

  @Field(() => String, { nullable: true })
  @Column('varchar', { nullable: true })
  signatoryName!: string | null;

  @Field()
  @Column()
  signatoryPosition!: string;

  @Field(() => String, { nullable: true })
  @Column('char', { length: 18, nullable: true })
  signatoryNip!: string | null;

  @Column('bytea', { nullable: true, select: false })
  logo!: Buffer | null;

  @Field(() => String, {
    nullable: true,
    description: 'image/png or image/jpeg when a logo is set',
  })
  @Column('varchar', { nullable: true })
  logoType!: string | null;

  @Column('uuid', { nullable: true })
  updatedBy!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column('timestamptz')
  updatedAt!: Date;
}
