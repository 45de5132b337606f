import { RegionType } from '@lms/shared/domain';
import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

registerEnumType(RegionType, { name: 'RegionType' });

/** A regional government (Pemda): province, kabupaten (REGENCY) or kota (CITY). */
@ObjectType()
@Entity('regions')
export class Region {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Kemendagri code, e.g. `35` for a province, `35.10` for a regency. */
  @Field()
  @Column()
  code!: string;

  @Field()
  @Column()
  name!: string;

  @Field(() => RegionType)
  @Column({ type: 'varchar' })
  type!: RegionType;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
