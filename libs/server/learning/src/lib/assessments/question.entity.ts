import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from 'typeorm';

import { QuestionKind } from '../common/learning-enums';

/**
 * The question bank as the course editor sees it, correct flags included. Only staff resolvers
 * that require ADMIN or ORGANIZER return this type; learners get `AttemptQuestion`, which has no
 * field that could carry correctness.
 */
@ObjectType('Question')
@Entity('questions')
export class Question {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => ID)
  @Column('uuid')
  courseId!: string;

  @Field(() => QuestionKind)
  @Column('varchar')
  kind!: QuestionKind;

  @Field()
  @Column('text')
  text!: string;

  @Field(() => Int)
  @Column('smallint')
  points!: number;

  @Column({ default: true })
  active!: boolean;

  @Field(() => [QuestionOption])
  @OneToMany(() => QuestionOption, (o) => o.question, { cascade: ['insert'] })
  options!: QuestionOption[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

@ObjectType('QuestionOption')
@Entity('question_options')
export class QuestionOption {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  questionId!: string;

  @ManyToOne(() => Question, (q) => q.options, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'question_id' })
  question?: Question;

  @Field(() => Int)
  @Column('smallint')
  position!: number;

  @Field()
  @Column()
  text!: string;

  @Field()
  @Column()
  correct!: boolean;
}

/** One question drawn into one attempt, with the option order that learner sees. */
@Entity('attempt_items')
export class AttemptItem {
  @PrimaryColumn('uuid')
  attemptId!: string;

  @PrimaryColumn('uuid')
  questionId!: string;

  @Column('smallint')
  position!: number;

  @Column('uuid', { array: true })
  optionOrder!: string[];

  @Column('uuid', { array: true, default: () => `'{}'` })
  selectedOptionIds!: string[];

  @Column('timestamptz', { nullable: true })
  answeredAt!: Date | null;

  @Column('boolean', { nullable: true })
  correct!: boolean | null;
}
