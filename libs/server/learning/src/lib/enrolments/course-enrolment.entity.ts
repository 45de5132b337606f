import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

import { EnrolmentStatus } from '../common/learning-enums';

/** A learner's self-enrolment in an ONLINE (self-paced) course. */
@ObjectType('CourseEnrolment')
@Entity('course_enrolments')
export class CourseEnrolment {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => ID)
  @Column('uuid')
  courseId!: string;

  @Field(() => ID)
  @Column('uuid')
  employeeId!: string;

  @Column('uuid')
  regionId!: string;

  @Field(() => EnrolmentStatus)
  @Column('varchar')
  status!: EnrolmentStatus;

  @Field()
  @Column('timestamptz')
  enrolledAt!: Date;

  @Field(() => Date, { nullable: true })
  @Column('timestamptz', { nullable: true })
  completedAt!: Date | null;

  @Column('uuid', { nullable: true })
  learningRecordId!: string | null;
}

@Entity('lesson_progress')
export class LessonProgress {
  @PrimaryColumn('uuid')
  enrolmentId!: string;

  @PrimaryColumn('uuid')
  lessonId!: string;

  @Column('timestamptz')
  completedAt!: Date;
}
