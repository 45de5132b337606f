import { Entity, PrimaryColumn } from 'typeorm';

/** An INSTRUCTOR account teaching a class. */
@Entity('training_instructors')
export class TrainingInstructor {
  @PrimaryColumn('uuid')
  trainingId!: string;

  @PrimaryColumn('uuid')
  userId!: string;
}
