import { Role } from '@lms/shared/domain';

import { Fixtures } from './fixtures';
import type { TestApp } from './test-app';

export const CREATE_COURSE = `mutation($input: CreateCourseInput!) {
  createCourse(input: $input) {
    id regionId code title competency competencyId level digital jp delivery status shared
  }
}`;

export interface CourseRow {
  id: string;
  regionId: string;
  code: string;
  title: string;
  competency: string;
  digital: boolean;
  jp: number;
  status: string;
  shared: boolean;
}

/** Two regions, an agency each, organizers and learners: the cast every learning test uses. */
export interface LearningWorld {
  admin: string;
  regionA: string;
  regionB: string;
  organizerA: string;
  organizerB: string;
  hrA: string;
  learnerA: string;
  learnerB: string;
  employeeA: string;
  employeeB: string;
}

let worldSeq = 0;

export class LearningFixtures {
  private courseSeq = 0;
  readonly f: Fixtures;

  constructor(private readonly t: TestApp) {
    this.f = new Fixtures(t);
  }

  async world(): Promise<LearningWorld> {
    worldSeq += 1;
    const n = 10 + worldSeq;
    const admin = await this.f.user(`admin-l${n}`, [Role.ADMIN]);
    const regionA = (await this.f.region(`35.${n}`, `Kabupaten A${n}`)).id;
    const regionB = (await this.f.region(`36.${n}`, `Kabupaten B${n}`)).id;
    await this.f.agency(regionA, `A${n}-KOMINFO`);
    await this.f.agency(regionB, `B${n}-KOMINFO`);
    const nipA = this.f.nip();
    const nipB = this.f.nip({ female: true });
    await this.f.employees([
      { nip: nipA, name: 'Budi Santoso', agencyCode: `A${n}-KOMINFO` },
      { nip: nipB, name: 'Siti Rahayu', agencyCode: `B${n}-KOMINFO` },
    ]);
    const ids = await this.t.dataSource.query<{ id: string; nip: string }[]>(
      `SELECT id, nip FROM employees WHERE nip IN ($1, $2)`,
      [nipA, nipB],
    );
    const idOf = (nip: string) => ids.find((r) => r.nip === nip)?.id ?? '';
    return {
      admin,
      regionA,
      regionB,
      organizerA: await this.f.user(`org-a${n}`, [Role.ORGANIZER], { regionId: regionA }),
      organizerB: await this.f.user(`org-b${n}`, [Role.ORGANIZER], { regionId: regionB }),
      hrA: await this.f.user(`hr-a${n}`, [Role.HR_ANALYST], { regionId: regionA }),
      learnerA: await this.f.user(`learner-a${n}`, [Role.LEARNER], { employeeNip: nipA }),
      learnerB: await this.f.user(`learner-b${n}`, [Role.LEARNER], { employeeNip: nipB }),
      employeeA: idOf(nipA),
      employeeB: idOf(nipB),
    };
  }

  /** A course through the public mutation, with defaults that pass every rule. */
  async course(token: string, input: Record<string, unknown> = {}): Promise<CourseRow> {
    this.courseSeq += 1;
    const data = await this.t.gql.ok<{ createCourse: CourseRow }>(
      CREATE_COURSE,
      {
        input: {
          code: `KRS-${Date.now().toString(36)}-${this.courseSeq}`,
          title: `Literasi Data ${this.courseSeq}`,
          competency: 'TECHNICAL',
          digital: true,
          jp: 4,
          ...input,
        },
      },
      token,
    );
    return data.createCourse;
  }
}
