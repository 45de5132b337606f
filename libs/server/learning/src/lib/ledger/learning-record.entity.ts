import { DateScalarType } from '@lms/server/core';
import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

import { CompetencyType, LearningSource } from '../common/learning-enums';
import { numericTransformer } from '../common/numeric.transformer';

/**
 * One line of an employee's JP ledger: a completed self-paced course, a completed Bimtek class or
 * an imported record. Title, competency, digital and JP are copied at crediting time so that later
 * edits of a course never rewrite history; the indicators read this table.
 */
@ObjectType()
@Entity('learning_records')
export class LearningRecord {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => ID)
  @Column('uuid')
  employeeId!: string;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  courseId!: string | null;

  @Field(() => LearningSource)
  @Column('varchar')
  source!: LearningSource;

  /** The enrolment, class enrolment or import line this record came from; unique per source. */
  @Column('text')
  sourceRef!: string;

  @Field()
  @Column()
  title!: string;

  @Field(() => CompetencyType)
  @Column('varchar')
  competency!: CompetencyType;

  @Field()
  @Column()
  digital!: boolean;

  @Field(() => Float)
  @Column('numeric', { precision: 6, scale: 2, transformer: numericTransformer })
  jp!: number;

  @Field(() => DateScalarType)
  @Column('date')
  completedOn!: string;

  @Field(() => String, { nullable: true })
  @Column('varchar', { nullable: true })
  certificateNumber!: string | null;

  /** The employee's region at crediting time, so scope filters need no join. */
  @Column('uuid')
  regionId!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
