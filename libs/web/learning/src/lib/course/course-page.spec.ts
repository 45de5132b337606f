import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { translocoTesting } from '@lms/web/core/testing';
import { provideLmsIcons } from '@lms/web/ui';
import { of } from 'rxjs';

import { CatalogService } from '../data-access/catalog.service';
import { LearnerService, type MyCourse } from '../data-access/learner.service';
import { LEARNING_ID } from '../i18n/learning.id';
import { provideLearningIcons } from '../shared/learning-icons';
import { CoursePage } from './course-page';

const course = {
  id: 'c1',
  code: 'LIT-01',
  title: 'Literasi Data',
  description: null,
  competency: 'TECHNICAL',
  competencyId: null,
  level: 2,
  delivery: 'ONLINE',
  digital: true,
  jp: 4,
  shared: false,
  status: 'PUBLISHED',
  lessonCount: 1,
  regionId: 'r1',
  publishedAt: null,
  region: { id: 'r1', name: 'Kabupaten Banyuwangi' },
  specificCompetency: null,
  modules: [
    {
      id: 'm1',
      title: 'Dasar',
      position: 0,
      lessons: [{ id: 'l1', title: 'Pengantar', kind: 'TEXT', position: 0, durationMinutes: 10 }],
    },
  ],
  assessments: [
    {
      id: 'a1',
      kind: 'PRE',
      questionCount: 3,
      timeLimitMinutes: 10,
      passingScore: 0,
      maxAttempts: 1,
      revealAnswers: false,
    },
  ],
};

const preTest = {
  kind: 'PRE',
  questionCount: 3,
  timeLimitMinutes: 10,
  passingScore: 0,
  maxAttempts: 1,
  attemptsUsed: 0,
  attemptsLeft: 1,
  bestScore: null,
  passed: false,
  openAttemptId: null,
};

function progress(enrolled: boolean): MyCourse {
  return {
    completedLessonIds: [],
    lessonsDone: 0,
    lessonsTotal: 1,
    progress: 0,
    gain: null,
    enrolment: enrolled
      ? { id: 'e1', courseId: 'c1', status: 'ACTIVE', enrolledAt: '', completedAt: null }
      : null,
    preTest,
    postTest: null,
    course,
  } as unknown as MyCourse;
}

async function render(preview: boolean) {
  let enrolled = false;
  const learner = {
    course: jest.fn(() => of(progress(enrolled))),
    enrol: jest.fn(async () => {
      enrolled = true;
      return progress(true).enrolment;
    }),
  };
  const catalog = { outline: jest.fn(() => of(course)) };
  TestBed.configureTestingModule({
    imports: [CoursePage, translocoTesting({ id: { learning: LEARNING_ID }, en: {} })],
    providers: [
      provideRouter([]),
      provideLmsIcons(),
      provideLearningIcons(),
      { provide: LearnerService, useValue: learner },
      { provide: CatalogService, useValue: catalog },
    ],
  });
  const fixture = TestBed.createComponent(CoursePage);
  fixture.componentRef.setInput('courseId', 'c1');
  fixture.componentRef.setInput('preview', preview);
  const element = fixture.nativeElement as HTMLElement;
  const settle = async () => {
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  };
  await settle();
  return { learner, catalog, element, settle };
}

describe('CoursePage', () => {
  it('enrols the learner, then points to the pre-test', async () => {
    const { learner, element, settle } = await render(false);
    const enrol = element.querySelector<HTMLButtonElement>('[data-testid="course-enrol"]');
    expect(enrol?.textContent).toContain('Daftar kursus');

    enrol?.click();
    await settle();

    expect(learner.enrol).toHaveBeenCalledWith('c1');
    expect(learner.course).toHaveBeenCalledTimes(2);
    const next = element.querySelector<HTMLAnchorElement>('[data-testid="course-next"]');
    expect(next?.textContent).toContain('Kerjakan pre-test');
    expect(next?.getAttribute('href')).toBe('/katalog/c1/tes/pre');
  });

  it('previews the outline for an organizer without reading any progress', async () => {
    const { learner, catalog, element } = await render(true);
    expect(catalog.outline).toHaveBeenCalledWith('c1');
    expect(learner.course).not.toHaveBeenCalled();
    expect(element.querySelector('[data-testid="preview-banner"]')).not.toBeNull();
    expect(element.querySelector('[data-testid="course-enrol"]')).toBeNull();
    expect(element.querySelector('[data-testid="course-lesson"]')?.getAttribute('href')).toBe(
      '/kursus/c1/pratinjau/pelajaran/l1',
    );
  });
});
