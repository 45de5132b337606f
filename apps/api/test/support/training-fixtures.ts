import { Gender, generateNip, Role } from '@lms/shared/domain';

import { Fixtures } from './fixtures';
import { CREATE_COURSE } from './learning-fixtures';
import type { TestApp } from './test-app';

export const TRAINING_FIELDS = `
  id title capacity confirmedCount seatsLeft waitlistCount pendingApprovalCount status mode venue
  meetingUrl startDate endDate timeZone regionId registrationOpen registrationOpensAt
  registrationClosesAt requiresApproval minAttendanceRate postTestRequired
  course { id code status }
  sessions { id date startsAt endsAt checkInCode }
  instructors { id username }
  agencyQuotas { agencyId seats confirmedCount agency { code } }`;

export const ENROLLMENT_FIELDS = `
  id status waitlistPosition source attendedDays attendanceRate postTestPassed
  employee { nip fullName }`;

export const SCHEDULE = `mutation($input: ScheduleTrainingInput!) {
  scheduleTraining(input: $input) { ${TRAINING_FIELDS} }
}`;
export const TRAINING = `query($id: ID!) { training(id: $id) { ${TRAINING_FIELDS} } }`;
export const TRAINING_ROSTER = `query($id: ID!) {
  training(id: $id) { id capacity confirmedCount seatsLeft waitlistCount enrollments { ${ENROLLMENT_FIELDS} } }
}`;
export const ENROLL = `mutation($trainingId: ID!, $nips: [String!]!) {
  enrollEmployees(trainingId: $trainingId, nips: $nips) { ${ENROLLMENT_FIELDS} }
}`;
export const CANCEL_ENROLLMENT = `mutation($id: ID!, $reason: String) {
  cancelEnrollment(id: $id, reason: $reason) { ${ENROLLMENT_FIELDS} }
}`;
export const RECORD_ATTENDANCE = `mutation($trainingId: ID!, $date: Date!, $nips: [String!]!, $present: Boolean) {
  recordAttendance(trainingId: $trainingId, date: $date, nips: $nips, present: $present) { ${ENROLLMENT_FIELDS} }
}`;
export const COMPLETE = `mutation($trainingId: ID!) {
  completeTraining(trainingId: $trainingId) { ${ENROLLMENT_FIELDS} }
}`;
export const REGISTER = `mutation($trainingId: ID!) {
  registerForTraining(trainingId: $trainingId) { ${ENROLLMENT_FIELDS} }
}`;

export interface TrainingRow {
  id: string;
  title: string;
  capacity: number;
  confirmedCount: number;
  seatsLeft: number;
  waitlistCount: number;
  pendingApprovalCount: number;
  status: string;
  mode: string;
  startDate: string;
  endDate: string;
  regionId: string;
  registrationOpen: boolean;
  registrationClosesAt: string;
  minAttendanceRate: number;
  course: { id: string; code: string; status: string };
  sessions: {
    id: string;
    date: string;
    startsAt: string;
    endsAt: string;
    checkInCode: string | null;
  }[];
  instructors: { id: string; username: string }[];
  agencyQuotas: {
    agencyId: string;
    seats: number;
    confirmedCount: number;
    agency: { code: string };
  }[];
}

export interface EnrollmentRow {
  id: string;
  status: string;
  waitlistPosition: number | null;
  source: string;
  attendedDays: number;
  attendanceRate: number | null;
  postTestPassed: boolean | null;
  employee: { nip: string; fullName: string };
}

/** Two regions with organizers, instructors, an HR analyst, learners and a course in region A. */
export interface TrainingWorld {
  admin: string;
  regionA: string;
  regionB: string;
  agencyA: { id: string; code: string };
  /** A bidang inside agencyA: its employees count against agencyA's quota. */
  agencyA1: { id: string; code: string };
  agencyA2: { id: string; code: string };
  agencyB: { id: string; code: string };
  organizerA: string;
  organizerB: string;
  instructorA: string;
  instructorAId: string;
  instructorA2Id: string;
  hrA: string;
  /** Learners of region A (their NIPs in learnerNips) and one of region B. */
  learners: string[];
  learnerNips: string[];
  learnerB: string;
  learnerBNip: string;
  courseA: string;
}

/** Days relative to today in Jakarta, as the API's `Date` (YYYY-MM-DD). */
export function jakartaDay(offsetDays = 0): string {
  return new Date(Date.now() + 7 * 3_600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

let worldSeq = 0;
let nipSeq = 0;

/** Builders for training tests and the enrollment benchmark, through the public API where it has one. */
export class TrainingFixtures {
  readonly f: Fixtures;
  private courseSeq = 0;
  private trainingSeq = 0;

  constructor(private readonly t: TestApp) {
    this.f = new Fixtures(t);
  }

  /** A valid NIP unique in the process (born 1960+, appointed 1985), apart from Fixtures.nip's. */
  static nip(): string {
    const i = nipSeq++;
    const born = new Date(Date.UTC(1960, 0, 1) + Math.floor(i / 999) * 86_400_000);
    return generateNip({
      birthDate: born.toISOString().slice(0, 10),
      appointment: '1985-01',
      gender: i % 2 ? Gender.FEMALE : Gender.MALE,
      sequence: (i % 999) + 1,
    });
  }

  /** `count` new employees of an agency; returns their NIPs in creation order. */
  async employees(agencyCode: string, count: number, namePrefix = 'Peserta'): Promise<string[]> {
    const nips = Array.from({ length: count }, () => TrainingFixtures.nip());
    for (let i = 0; i < nips.length; i += 500) {
      await this.f.employees(
        nips.slice(i, i + 500).map((nip, j) => ({
          nip,
          name: `${namePrefix} ${i + j + 1}`,
          agencyCode,
        })),
      );
    }
    return nips;
  }

  async world(): Promise<TrainingWorld> {
    worldSeq += 1;
    const n = 40 + worldSeq;
    const admin = await this.f.user(`admin-t${n}`, [Role.ADMIN]);
    const regionA = (await this.f.region(`35.${n}`, `Kabupaten Pelatihan ${n}`)).id;
    const regionB = (await this.f.region(`36.${n}`, `Kota Pelatihan ${n}`)).id;
    const agencyA = await this.f.agency(regionA, `A${n}-KOMINFO`);
    const agencyA1 = await this.f.agency(regionA, `A${n}-KOMINFO-APTIKA`, agencyA.id);
    const agencyA2 = await this.f.agency(regionA, `A${n}-DISDIK`);
    const agencyB = await this.f.agency(regionB, `B${n}-KOMINFO`);
    const learnerNips = await this.employees(agencyA.code, 3, 'Pembelajar');
    const [learnerBNip] = await this.employees(agencyB.code, 1, 'Pembelajar B');
    const organizerA = await this.f.user(`org-t${n}a`, [Role.ORGANIZER], { regionId: regionA });
    const course = await this.course(organizerA);
    const instructorIds = async (usernames: string[]) =>
      (
        await this.t.dataSource.query<{ id: string; username: string }[]>(
          `SELECT id, username FROM users WHERE username = ANY($1)`,
          [usernames],
        )
      ).sort((a, b) => usernames.indexOf(a.username) - usernames.indexOf(b.username));
    const instructorA = await this.f.user(`ins-t${n}a`, [Role.INSTRUCTOR], { regionId: regionA });
    await this.f.user(`ins-t${n}a2`, [Role.INSTRUCTOR], { regionId: regionA });
    const [ins1, ins2] = await instructorIds([`ins-t${n}a`, `ins-t${n}a2`]);
    return {
      admin,
      regionA,
      regionB,
      agencyA: { id: agencyA.id, code: agencyA.code },
      agencyA1: { id: agencyA1.id, code: agencyA1.code },
      agencyA2: { id: agencyA2.id, code: agencyA2.code },
      agencyB: { id: agencyB.id, code: agencyB.code },
      organizerA,
      organizerB: await this.f.user(`org-t${n}b`, [Role.ORGANIZER], { regionId: regionB }),
      instructorA,
      instructorAId: ins1.id,
      instructorA2Id: ins2.id,
      hrA: await this.f.user(`hr-t${n}a`, [Role.HR_ANALYST], { regionId: regionA }),
      learners: await Promise.all(
        learnerNips.map((nip, i) =>
          this.f.user(`learner-t${n}-${i}`, [Role.LEARNER], { employeeNip: nip }),
        ),
      ),
      learnerNips,
      learnerB: await this.f.user(`learner-t${n}-b`, [Role.LEARNER], { employeeNip: learnerBNip }),
      learnerBNip,
      courseA: course.id,
    };
  }

  async course(token: string, input: Record<string, unknown> = {}): Promise<{ id: string }> {
    this.courseSeq += 1;
    const data = await this.t.gql.ok<{ createCourse: { id: string } }>(
      CREATE_COURSE,
      {
        input: {
          code: `BIMTEK-${Date.now().toString(36)}-${this.courseSeq}`,
          title: `Bimtek Literasi Data ${this.courseSeq}`,
          competency: 'TECHNICAL',
          digital: true,
          jp: 24,
          delivery: 'FACE_TO_FACE',
          ...input,
        },
      },
      token,
    );
    return data.createCourse;
  }

  /** A class from today for `days` days (registration then already closed) unless input says otherwise. */
  async schedule(
    token: string,
    courseId: string,
    input: Record<string, unknown> = {},
  ): Promise<TrainingRow> {
    this.trainingSeq += 1;
    const data = await this.t.gql.ok<{ scheduleTraining: TrainingRow }>(
      SCHEDULE,
      {
        input: {
          courseId,
          title: `Bimtek Angkatan ${this.trainingSeq}`,
          startDate: jakartaDay(10),
          endDate: jakartaDay(12),
          capacity: 10,
          venue: 'Aula BKPSDM',
          ...input,
        },
      },
      token,
    );
    return data.scheduleTraining;
  }

  async enroll(token: string, trainingId: string, nips: string[]): Promise<EnrollmentRow[]> {
    return (
      await this.t.gql.ok<{ enrollEmployees: EnrollmentRow[] }>(ENROLL, { trainingId, nips }, token)
    ).enrollEmployees;
  }

  async roster(token: string, id: string) {
    return (
      await this.t.gql.ok<{
        training: {
          capacity: number;
          confirmedCount: number;
          seatsLeft: number;
          waitlistCount: number;
          enrollments: EnrollmentRow[];
        };
      }>(TRAINING_ROSTER, { id }, token)
    ).training;
  }

  /** Seat-holding enrollments counted from the rows themselves, not from the counter. */
  async seatsTaken(
    trainingId: string,
  ): Promise<{ rows: number; counter: number; capacity: number }> {
    const [r] = await this.t.dataSource.query<
      { rows: number; counter: number; capacity: number }[]
    >(
      `SELECT (SELECT count(*)::int FROM enrollments
                WHERE training_id = t.id AND status IN ('CONFIRMED', 'COMPLETED', 'NOT_COMPLETED')) AS rows,
              t.confirmed_count AS counter, t.capacity
         FROM trainings t WHERE t.id = $1`,
      [trainingId],
    );
    return r;
  }
}
