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

export const ADD_MODULE = `mutation($courseId: ID!, $input: ModuleInput!) {
  addCourseModule(courseId: $courseId, input: $input) { id position title }
}`;
export const ADD_LESSON = `mutation($moduleId: ID!, $input: LessonInput!) {
  addLesson(moduleId: $moduleId, input: $input) { id position title kind body videoUrl externalUrl file { id filename downloadPath } }
}`;
export const CREATE_QUESTION = `mutation($courseId: ID!, $input: QuestionInput!) {
  createQuestion(courseId: $courseId, input: $input) { id kind text points options { id text correct } }
}`;
export const CONFIGURE = `mutation($courseId: ID!, $kind: AssessmentKind!, $input: AssessmentSettingsInput!) {
  configureAssessment(courseId: $courseId, kind: $kind, input: $input) { id kind questionCount passingScore maxAttempts timeLimitMinutes }
}`;
export const PUBLISH = `mutation($id: ID!) { publishCourse(id: $id) { id status publishedAt } }`;

export interface BuiltQuestion {
  id: string;
  options: { id: string; text: string; correct: boolean }[];
}

export interface BuiltCourse extends CourseRow {
  lessonIds: string[];
  questions: BuiltQuestion[];
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

  /**
   * A published course with one module of `lessons` TEXT lessons, `questions` single-choice
   * questions (option "Benar" correct) and, unless turned off, a PRE and a POST test over them.
   */
  async publishedCourse(
    token: string,
    options: {
      course?: Record<string, unknown>;
      lessons?: number;
      questions?: number;
      pre?: Record<string, unknown> | null;
      post?: Record<string, unknown> | null;
    } = {},
  ): Promise<BuiltCourse> {
    const course = await this.course(token, { delivery: 'ONLINE', ...options.course });
    const gql = this.t.gql;
    const module = await gql.ok<{ addCourseModule: { id: string } }>(
      ADD_MODULE,
      { courseId: course.id, input: { title: 'Modul 1' } },
      token,
    );
    const lessonIds: string[] = [];
    for (let i = 0; i < (options.lessons ?? 2); i += 1) {
      const lesson = await gql.ok<{ addLesson: { id: string } }>(
        ADD_LESSON,
        {
          moduleId: module.addCourseModule.id,
          input: { title: `Pelajaran ${i + 1}`, kind: 'TEXT', body: `<p>Materi ${i + 1}</p>` },
        },
        token,
      );
      lessonIds.push(lesson.addLesson.id);
    }
    const questions: BuiltQuestion[] = [];
    for (let i = 0; i < (options.questions ?? 4); i += 1) {
      const q = await gql.ok<{ createQuestion: BuiltQuestion }>(
        CREATE_QUESTION,
        {
          courseId: course.id,
          input: {
            kind: 'SINGLE_CHOICE',
            text: `Pertanyaan nomor ${i + 1}?`,
            options: [
              { text: 'Benar', correct: true },
              { text: 'Salah satu', correct: false },
              { text: 'Salah dua', correct: false },
            ],
          },
        },
        token,
      );
      questions.push(q.createQuestion);
    }
    const defaults = { questionCount: options.questions ?? 4, passingScore: 75 };
    if (options.pre !== null) {
      await gql.ok(
        CONFIGURE,
        {
          courseId: course.id,
          kind: 'PRE',
          input: { ...defaults, passingScore: 0, ...options.pre },
        },
        token,
      );
    }
    if (options.post !== null) {
      await gql.ok(
        CONFIGURE,
        { courseId: course.id, kind: 'POST', input: { ...defaults, ...options.post } },
        token,
      );
    }
    await gql.ok(PUBLISH, { id: course.id }, token);
    return { ...course, status: 'PUBLISHED', lessonIds, questions };
  }

  /** The response body exactly as a client receives it, for "never in the JSON" checks. */
  async raw(query: string, variables: Record<string, unknown>, token: string): Promise<string> {
    const res = await fetch(`${this.t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    return res.text();
  }
}
