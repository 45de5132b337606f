import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { AttemptItemFragment, AttemptResultItemFragment } from '@lms/web/core';
import { translocoTesting } from '@lms/web/core/testing';
import { provideLmsIcons } from '@lms/web/ui';
import { of } from 'rxjs';

import { AttemptService } from '../data-access/attempt.service';
import { LearnerService, type MyCourse } from '../data-access/learner.service';
import { LEARNING_ID } from '../i18n/learning.id';
import { provideLearningIcons } from '../shared/learning-icons';
import { AssessmentPage } from './assessment-page';

const myCourse = {
  completedLessonIds: ['l1'],
  lessonsDone: 1,
  lessonsTotal: 1,
  progress: 1,
  gain: null,
  enrolment: { id: 'e1', courseId: 'c1', status: 'ACTIVE', enrolledAt: '', completedAt: null },
  preTest: null,
  postTest: {
    kind: 'POST',
    questionCount: 2,
    timeLimitMinutes: 10,
    passingScore: 70,
    maxAttempts: 3,
    attemptsUsed: 0,
    attemptsLeft: 3,
    bestScore: null,
    passed: false,
    openAttemptId: null,
  },
  course: {
    id: 'c1',
    title: 'Literasi Data',
    jp: 4,
    assessments: [
      {
        id: 'a1',
        kind: 'POST',
        questionCount: 2,
        timeLimitMinutes: 10,
        passingScore: 70,
        maxAttempts: 3,
        revealAnswers: true,
      },
    ],
  },
} as unknown as MyCourse;

function attempt(deadlineInMs: number): AttemptItemFragment {
  return {
    id: 't1',
    courseId: 'c1',
    kind: 'POST',
    attemptNumber: 1,
    status: 'IN_PROGRESS',
    startedAt: new Date().toISOString(),
    deadlineAt: new Date(Date.now() + deadlineInMs).toISOString(),
    submittedAt: null,
    score: null,
    passed: null,
    questions: [
      {
        id: 'q1',
        kind: 'SINGLE_CHOICE',
        text: 'Apa kepanjangan SPBE?',
        points: 1,
        position: 0,
        selectedOptionIds: [],
        options: [
          { id: 'o1', text: 'Sistem Pemerintahan Berbasis Elektronik' },
          { id: 'o2', text: 'Satuan Pelayanan' },
        ],
      },
      {
        id: 'q2',
        kind: 'MULTIPLE_CHOICE',
        text: 'Prinsip Satu Data?',
        points: 1,
        position: 1,
        selectedOptionIds: [],
        options: [
          { id: 'o3', text: 'Standar data' },
          { id: 'o4', text: 'Metadata' },
        ],
      },
    ],
  };
}

function result(started: AttemptItemFragment, timedOut = false): AttemptResultItemFragment {
  return {
    score: 50,
    passed: false,
    passingScore: 70,
    lateAnswersIgnored: timedOut ? 1 : 0,
    attempt: { ...started, status: 'SUBMITTED', score: 50, passed: false },
    items: [
      {
        questionId: 'q1',
        position: 0,
        text: 'Apa kepanjangan SPBE?',
        correct: true,
        selectedOptionIds: ['o1'],
        correctOptionIds: ['o1'],
      },
      {
        questionId: 'q2',
        position: 1,
        text: 'Prinsip Satu Data?',
        correct: false,
        selectedOptionIds: [],
        correctOptionIds: ['o3', 'o4'],
      },
    ],
  };
}

async function render(deadlineInMs: number) {
  const started = attempt(deadlineInMs);
  const attempts = {
    start: jest.fn().mockResolvedValue(started),
    answer: jest.fn().mockResolvedValue(undefined),
    submit: jest.fn().mockResolvedValue(result(started)),
    result: jest.fn(),
  };
  TestBed.configureTestingModule({
    imports: [AssessmentPage, translocoTesting({ id: { learning: LEARNING_ID }, en: {} })],
    providers: [
      provideRouter([]),
      provideLmsIcons(),
      provideLearningIcons(),
      { provide: LearnerService, useValue: { course: () => of(myCourse) } },
      { provide: AttemptService, useValue: attempts },
    ],
  });
  const fixture = TestBed.createComponent(AssessmentPage);
  fixture.componentRef.setInput('courseId', 'c1');
  fixture.componentRef.setInput('kind', 'post');
  const element = fixture.nativeElement as HTMLElement;
  const settle = async () => {
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  };
  const click = async (testId: string, index = 0) => {
    const target = element.querySelectorAll<HTMLElement>(`[data-testid="${testId}"]`)[index];
    if (!target) {
      throw new Error(`${testId}[${index}] missing`);
    }
    (target.querySelector('input') ?? target).click();
    await settle();
  };
  const text = () => element.textContent?.replace(/\s+/g, ' ') ?? '';
  await settle();
  return { attempts, element, settle, click, text };
}

describe('AssessmentPage', () => {
  it('saves each answer as it is chosen and asks before sending a test with blanks', async () => {
    const { attempts, click, text, element } = await render(10 * 60_000);
    expect(text()).toContain('2 soal diambil acak');

    await click('test-start');
    expect(attempts.start).toHaveBeenCalledWith('c1', 'POST');
    expect(element.querySelector('[data-testid="test-timer"]')?.textContent).toMatch(
      /(09:5\d|10:00)/,
    );

    await click('test-option', 0);
    expect(attempts.answer).toHaveBeenCalledWith('t1', { questionId: 'q1', optionIds: ['o1'] });
    expect(text()).toContain('1 dari 2 soal dijawab');

    await click('test-submit');
    expect(attempts.submit).not.toHaveBeenCalled();
    expect(text()).toContain('Masih ada 1 soal yang belum dijawab');

    await click('test-submit');
    expect(attempts.submit).toHaveBeenCalledWith('t1', [
      { questionId: 'q1', optionIds: ['o1'] },
      { questionId: 'q2', optionIds: [] },
    ]);
    expect(element.querySelector('[data-testid="attempt-outcome"]')?.textContent).toContain(
      'Belum lulus',
    );
    // Revealed after submission only: the correct options of the question answered wrong.
    expect(text()).toContain('Jawaban benar: Standar data, Metadata');
  });

  it('toggles options of a multiple-choice question', async () => {
    const { attempts, click } = await render(10 * 60_000);
    await click('test-start');
    await click('test-option', 2);
    await click('test-option', 3);
    expect(attempts.answer).toHaveBeenLastCalledWith('t1', {
      questionId: 'q2',
      optionIds: ['o3', 'o4'],
    });
    await click('test-option', 2);
    expect(attempts.answer).toHaveBeenLastCalledWith('t1', { questionId: 'q2', optionIds: ['o4'] });
  });

  it('sends the attempt by itself when the server’s deadline passes', async () => {
    const { attempts, click, settle, text } = await render(300);
    await click('test-start');
    await new Promise((resolve) => setTimeout(resolve, 1300));
    await settle();
    expect(attempts.submit).toHaveBeenCalledTimes(1);
    expect(text()).toContain('Waktu habis');
  });
});
