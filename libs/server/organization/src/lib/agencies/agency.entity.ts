import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

import { Region } from '../regions/region.entity';

/**
 * An OPD (Dinas, Badan, Kecamatan, down to kelurahan/desa) of a region, as a tree. `path` holds the
 * ids from the root down to this agency so a whole subtree is one indexed prefix match.
 */
@ObjectType()
@Entity('agencies')
export class Agency {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  regionId!: string;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  parentId!: string | null;

  /** Unique across the platform, as the employee CSV refers to agencies by code alone. */
  @Field()
  @Column()
  code!: string;

  @Field()
  @Column()
  name!: string;

  @Column()
  path!: string;

  @Field(() => Int)
  @Column('int')
  depth!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  /** Resolved through a DataLoader, never joined eagerly. */
  @Field(() => Region)
  region?: Region;
}
