import { DateScalarType } from '@lms/server/core';
import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One day of a class, with its times and the code learners type (or scan) to check in. */
@ObjectType()
@Entity('training_sessions')
export class TrainingSession {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  trainingId!: string;

  @Field(() => DateScalarType, { name: 'date' })
  @Column('date')
  day!: string;

  @Field(() => GraphQLISODateTime)
  @Column('timestamptz')
  startsAt!: Date;

  @Field(() => GraphQLISODateTime)
  @Column('timestamptz')
  endsAt!: Date;

  /** Exposed through a field resolver that shows it to the class's staff only. */
  @Column()
  checkInCode!: string;
}
