import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

import { NotificationKind } from '../common/training-enums';

/**
 * A notice to a learner, kept per employee so it exists even before the employee has an account.
 * The text is rendered in the reader's language from `kind` and `subject` (the class title).
 */
@Entity('notifications')
export class Notification {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  employeeId!: string;

  @Column('varchar')
  kind!: NotificationKind;

  @Column()
  subject!: string;

  @Column('uuid', { nullable: true })
  trainingId!: string | null;

  @Column('uuid', { nullable: true })
  enrollmentId!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column('timestamptz', { nullable: true })
  readAt!: Date | null;
}
