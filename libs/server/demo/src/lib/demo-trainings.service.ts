import { AccessScope } from '@lms/server/core';
import {
  AttendanceService,
  CompletionService,
  EnrollmentService,
  TrainingService,
} from '@lms/server/training';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { demoCourseId } from './demo-course-id';

type ScheduleInput = Parameters<TrainingService['schedule']>[0];

const ZONE = 'Asia/Jakarta';
const DAY_MS = 86_400_000;

export interface DemoTrainings {
  /** Registration open, full: 12 confirmed and 3 waitlisted; the demo learner is not in it. */
  upcomingId: string;
  /** Running today; the demo learner holds a seat and yesterday's attendance is recorded. */
  runningId: string;
  /** Held three weeks ago and completed: certificates can be issued at once. */
  pastId: string;
}

/** `YYYY-MM-DD` of `now` in the class zone, moved by `offset` days. */
export function zonedDay(now: Date, offset = 0, timeZone = ZONE): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(now.getTime() + offset * DAY_MS));
}

/**
 * The Bimtek side of the demo, through the training area's own services (so every rule, notice
 * and audit entry is the real one): a full upcoming class with a waitlist, a class running today,
 * and a completed class whose certificates the organizer can issue straight away.
 */
@Injectable()
export class DemoTrainingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly trainings: TrainingService,
    private readonly enrollments: EnrollmentService,
    private readonly attendance: AttendanceService,
    private readonly completion: CompletionService,
  ) {}

  async seed(
    regionId: string,
    learnerNip: string,
    instructorUsername: string,
    now = new Date(),
  ): Promise<DemoTrainings> {
    const scope = AccessScope.system();
    const nips = (
      (await this.dataSource.query(
        `SELECT nip FROM employees WHERE region_id = $1 AND active AND nip <> $2 ORDER BY nip LIMIT 40`,
        [regionId, learnerNip],
      )) as { nip: string }[]
    ).map((row) => row.nip);
    const [instructor] = (await this.dataSource.query(`SELECT id FROM users WHERE username = $1`, [
      instructorUsername,
    ])) as { id: string }[];
    const instructorIds = instructor ? [instructor.id] : [];

    const upcoming = await this.trainings.schedule(
      this.input(await demoCourseId(this.dataSource, regionId, 'DIG-201'), {
        title: 'Analisis Data untuk Kebijakan Publik — Angkatan II',
        startDate: zonedDay(now, 14),
        endDate: zonedDay(now, 16),
        capacity: 12,
        mode: 'BLENDED',
        venue: 'Ruang Rapat Diskominfo, Lantai 2',
        meetingUrl: 'https://meet.jit.si/bimtek-analisis-data-angkatan-2',
        instructorIds,
      }),
      scope,
    );
    await this.enrollments.enrollByNip(upcoming.id, nips.slice(0, 15), scope);

    const running = await this.trainings.schedule(
      this.input(await demoCourseId(this.dataSource, regionId, 'DIG-101'), {
        title: 'Literasi Digital Aparatur — Angkatan III',
        startDate: zonedDay(now, -1),
        endDate: zonedDay(now, 1),
        capacity: 25,
        mode: 'FACE_TO_FACE',
        venue: 'Aula BKPSDM',
        instructorIds: [],
      }),
      scope,
    );
    const runningNips = [learnerNip, ...nips.slice(15, 25)];
    await this.enrollments.enrollByNip(running.id, runningNips, scope);
    await this.attendance.record(
      running.id,
      zonedDay(now, -1),
      runningNips.slice(0, 9),
      true,
      scope,
    );

    const past = await this.trainings.schedule(
      this.input(await demoCourseId(this.dataSource, regionId, 'MNJ-101'), {
        title: 'Kepemimpinan Digital — Angkatan I',
        startDate: zonedDay(now, -21),
        endDate: zonedDay(now, -17),
        capacity: 20,
        mode: 'FACE_TO_FACE',
        venue: 'Hotel Santika, Ruang Blambangan',
        instructorIds,
      }),
      scope,
    );
    const pastNips = [learnerNip, ...nips.slice(25, 36)];
    await this.enrollments.enrollByNip(past.id, pastNips, scope);
    // Everyone attends every day but two, who leave after day 2 and do not complete (2 of 5 < 80 %);
    // one misses a single day and still completes (4 of 5).
    for (let day = 0; day < 5; day++) {
      const present = pastNips.filter((_, i) => !(i >= 10 && day >= 2) && !(i === 9 && day === 3));
      await this.attendance.record(past.id, zonedDay(now, -21 + day), present, true, scope);
    }
    await this.completion.complete(past.id, scope);

    return { upcomingId: upcoming.id, runningId: running.id, pastId: past.id };
  }

  private input(
    courseId: string,
    fields: Pick<
      ScheduleInput,
      'title' | 'startDate' | 'endDate' | 'capacity' | 'mode' | 'venue' | 'instructorIds'
    > &
      Partial<ScheduleInput>,
  ): ScheduleInput {
    return {
      courseId,
      meetingUrl: null,
      minAttendanceRate: 0.8,
      dailyStartTime: '08:00',
      dailyEndTime: '16:00',
      timeZone: ZONE,
      registrationOpensAt: null,
      registrationClosesAt: null,
      requiresApproval: false,
      postTestRequired: false,
      agencyQuotas: [],
      regionId: null,
      ...fields,
    };
  }
}
