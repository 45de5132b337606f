import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

import { AttendanceMethod } from '../common/training-enums';

/** One change of an attendance mark: who, when, before and after. Rows are only ever added. */
@Entity('attendance_audits')
export class AttendanceAudit {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id!: string;

  @Column('uuid')
  sessionId!: string;

  @Column('uuid')
  enrollmentId!: string;

  @Column('uuid', { nullable: true })
  changedBy!: string | null;

  @Column('timestamptz')
  changedAt!: Date;

  @Column('varchar')
  method!: AttendanceMethod;

  @Column('boolean', { nullable: true })
  beforePresent!: boolean | null;

  @Column()
  afterPresent!: boolean;

  @Column()
  afterTheDay!: boolean;
}
