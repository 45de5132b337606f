import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

import { LessonKind } from '../common/learning-enums';
import { LearningFile } from './learning-file.entity';

@ObjectType('Lesson')
@Entity('lessons')
export class Lesson {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => ID)
  @Column('uuid')
  moduleId!: string;

  @Field(() => ID)
  @Column('uuid')
  courseId!: string;

  @Field(() => Int)
  @Column('int')
  position!: number;

  @Field()
  @Column()
  title!: string;

  @Field(() => LessonKind)
  @Column('varchar')
  kind!: LessonKind;

  @Field(() => String, { nullable: true, description: 'Rich text, sanitized HTML' })
  @Column('text', { nullable: true })
  body!: string | null;

  @Field(() => String, { nullable: true })
  @Column('varchar', { nullable: true })
  videoUrl!: string | null;

  @Field(() => String, { nullable: true })
  @Column('varchar', { nullable: true })
  externalUrl!: string | null;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  fileId!: string | null;

  @Field(() => Int, { nullable: true })
  @Column('int', { nullable: true })
  durationMinutes!: number | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  /** Resolved through a DataLoader. */
  @Field(() => LearningFile, { nullable: true })
  file?: LearningFile | null;
}
