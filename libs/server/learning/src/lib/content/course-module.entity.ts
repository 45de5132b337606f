import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

import { Lesson } from './lesson.entity';

/** A section of a course (a "modul"), holding lessons in order. */
@ObjectType('CourseModule')
@Entity('course_modules')
export class CourseModule {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => ID)
  @Column('uuid')
  courseId!: string;

  @Field(() => Int)
  @Column('int')
  position!: number;

  @Field()
  @Column()
  title!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  /** Filled by the outline query, in order. */
  @Field(() => [Lesson])
  lessons?: Lesson[];
}
