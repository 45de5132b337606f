import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

import { CompetencyType, CourseDelivery, CourseStatus } from '../common/learning-enums';
import { numericTransformer } from '../common/numeric.transformer';

/**
 * A course owned by one region. `shared` courses are visible to every region; only the owner
 * region's organizers (and ADMIN) edit it. Bimtek classes (training area) run on courses too.
 */
@ObjectType()
@Entity('courses')
export class Course {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => ID)
  @Column('uuid')
  regionId!: string;

  @Field()
  @Column({ default: false })
  shared!: boolean;

  /** Unique across the platform (case-insensitively). */
  @Field()
  @Column()
  code!: string;

  @Field()
  @Column()
  title!: string;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  description!: string | null;

  @Field(() => CompetencyType)
  @Column('varchar')
  competency!: CompetencyType;

  @Field(() => ID, { nullable: true, description: 'The specific competency this course builds' })
  @Column('uuid', { nullable: true })
  competencyId!: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Target proficiency level, 1 (Paham) to 5 (Ahli)',
  })
  @Column('smallint', { nullable: true })
  level!: number | null;

  @Field({ description: 'Counts toward digital literacy (literasi digital aparatur)' })
  @Column()
  digital!: boolean;

  @Field(() => Float, { description: 'JP: 45-minute lesson hours credited on completion' })
  @Column('numeric', { precision: 6, scale: 2, transformer: numericTransformer })
  jp!: number;

  @Field(() => CourseDelivery)
  @Column('varchar', { default: CourseDelivery.ONLINE })
  delivery!: CourseDelivery;

  @Field(() => CourseStatus)
  @Column('varchar', { default: CourseStatus.DRAFT })
  status!: CourseStatus;

  @Field(() => Date, { nullable: true })
  @Column('timestamptz', { nullable: true })
  publishedAt!: Date | null;

  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
