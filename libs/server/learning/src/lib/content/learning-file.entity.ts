import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A downloadable file of a course; the bytes live in the file storage under `storageKey`. */
@ObjectType('LearningFile')
@Entity('learning_files')
export class LearningFile {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => ID)
  @Column('uuid')
  courseId!: string;

  @Field()
  @Column()
  filename!: string;

  @Field()
  @Column()
  contentType!: string;

  @Field(() => Int)
  @Column('int')
  sizeBytes!: number;

  @Field()
  @Column('char', { length: 64 })
  sha256!: string;

  @Column()
  storageKey!: string;

  @Column('uuid', { nullable: true })
  uploadedBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Field({ description: 'GET with the Authorization header; answers the file as an attachment' })
  get downloadPath(): string {
    return `/api/learning/files/${this.id}`;
  }
}
