import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

import { AssessmentKind } from '../common/learning-enums';
import { numericTransformer } from '../common/numeric.transformer';

/**
 * One learner's attempt at a test. Not a GraphQL type itself: learners see it through
 * `AttemptView`, built by hand so no correctness can slip into an unsubmitted attempt.
 */
@Entity('assessment_attempts')
export class AssessmentAttempt {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  assessmentId!: string;

  @Column('uuid')
  courseId!: string;

  @Column('varchar')
  kind!: AssessmentKind;

  @Column('uuid')
  employeeId!: string;

  @Column('smallint')
  attemptNumber!: number;

  @Column('timestamptz')
  startedAt!: Date;

  @Column('timestamptz', { nullable: true })
  deadlineAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  submittedAt!: Date | null;

  @Column('numeric', { precision: 5, scale: 2, nullable: true, transformer: numericTransformer })
  score!: number | null;

  @Column('boolean', { nullable: true })
  passed!: boolean | null;
}
