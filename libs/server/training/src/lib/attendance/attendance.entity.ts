import { Column, Entity, PrimaryColumn } from 'typeorm';

import { AttendanceMethod } from '../common/training-enums';

/** Whether a participant was present on one day of a class; no row means not recorded (absent). */
@Entity('attendances')
export class Attendance {
  @PrimaryColumn('uuid')
  sessionId!: string;

  @PrimaryColumn('uuid')
  enrollmentId!: string;

  @Column()
  present!: boolean;

  @Column('varchar')
  method!: AttendanceMethod;

  @Column('uuid', { nullable: true })
  recordedBy!: string | null;

  @Column('timestamptz')
  recordedAt!: Date;
}
