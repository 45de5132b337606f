import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

import { AssessmentKind } from '../common/learning-enums';
import { numericTransformer } from '../common/numeric.transformer';

/** The settings of a course's pre-test or post-test; its questions are drawn from the bank. */
@ObjectType()
@Entity('assessments')
export class Assessment {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => ID)
  @Column('uuid')
  courseId!: string;

  @Field(() => AssessmentKind)
  @Column('varchar')
  kind!: AssessmentKind;

  @Field(() => Int, { description: 'Questions drawn per attempt (all of the bank when fewer)' })
  @Column('smallint')
  questionCount!: number;

  @Field(() => Int, { nullable: true, description: 'Minutes from start; null = no limit' })
  @Column('smallint', { nullable: true })
  timeLimitMinutes!: number | null;

  @Field(() => Float, { description: 'Score (0–100) needed to pass' })
  @Column('numeric', { precision: 5, scale: 2, transformer: numericTransformer })
  passingScore!: number;

  @Field(() => Int, { nullable: true, description: 'Null = unlimited' })
  @Column('smallint', { nullable: true })
  maxAttempts!: number | null;

  @Field({ description: 'Show the correct options in the result once an attempt is submitted' })
  @Column({ default: false })
  revealAnswers!: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
