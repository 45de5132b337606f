import { TestBed } from '@angular/core/testing';
import type { CourseGainItemFragment } from '@lms/web/core';
import { translocoTesting } from '@lms/web/core/testing';
import { Observable, of, throwError } from 'rxjs';

import { CourseGainService } from '../../data-access/course-gain.service';
import { LEARNING_ID } from '../../i18n/learning.id';
import { CourseGainView, gainSummary, learnerGainRows } from './course-gain-view';

const NIP_SARI = '198503152010012003';
const NIP_BUDI = '199001012015031001';

const withPairs: CourseGainItemFragment = {
  courseId: 'c1',
  averagePre: 42.5,
  averagePost: 81.25,
  averageGain: 38.75,
  pairedCount: 2,
  learners: [
    {
      employeeId: 'e1',
      preScore: 40,
      postScore: 90,
      gain: 50,
      employee: { id: 'e1', fullName: 'Budi Santoso', nip: NIP_BUDI },
    },
    {
      employeeId: 'e2',
      preScore: 45,
      postScore: 72.5,
      gain: 27.5,
      employee: { id: 'e2', fullName: 'Sari Wulandari', nip: NIP_SARI },
    },
    {
      employeeId: 'e3',
      preScore: 60,
      postScore: null,
      gain: null,
      employee: { id: 'e3', fullName: 'Yanti', nip: '197002021995032002' },
    },
  ],
};

const preOnly: CourseGainItemFragment = {
  courseId: 'c1',
  averagePre: null,
  averagePost: null,
  averageGain: null,
  pairedCount: 0,
  learners: [withPairs.learners[2]],
};

const nobody: CourseGainItemFragment = { ...preOnly, learners: [] };

async function render(answer: Observable<CourseGainItemFragment>) {
  const gains = { forCourse: jest.fn(() => answer) };
  TestBed.configureTestingModule({
    imports: [CourseGainView, translocoTesting({ id: { learning: LEARNING_ID }, en: {} })],
    providers: [{ provide: CourseGainService, useValue: gains }],
  });
  const fixture = TestBed.createComponent(CourseGainView);
  fixture.componentRef.setInput('courseId', 'c1');
  await fixture.whenStable();
  await new Promise((resolve) => setTimeout(resolve));
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  const text = (testId: string) =>
    element.querySelector(`[data-testid="${testId}"]`)?.textContent?.trim() ?? null;
  const rows = () =>
    Array.from(element.querySelectorAll('[data-testid="gain-row"]')).map((row) =>
      Array.from(row.querySelectorAll('td')).map((cell) => cell.textContent?.trim()),
    );
  return { gains, element, text, rows };
}

describe('CourseGainView', () => {
  it('shows the class averages and every learner with Indonesian number formats', async () => {
    const { gains, text, rows, element } = await render(of(withPairs));
    expect(gains.forCourse).toHaveBeenCalledWith('c1');
    expect(text('gain-average-pre')).toBe('42,5');
    expect(text('gain-average-post')).toBe('81,3');
    expect(text('gain-average-gain')).toBe('+38,8');
    expect(text('gain-paired')).toBe('2');
    expect(element.textContent).toContain('dari 3 peserta yang mengerjakan tes');
    expect(text('gain-empty')).toBeNull();
    expect(rows()).toEqual([
      ['Budi Santoso', '19900101 201503 1 001', '40', '90', '+50'],
      ['Sari Wulandari', '19850315 201001 2 003', '45', '72,5', '+27,5'],
      ['Yanti', '19700202 199503 2 002', '60', 'belum ada', '—'],
    ]);
    expect(element.querySelector('table')?.getAttribute('aria-label')).toBe(
      'Nilai pre-test, post-test, dan peningkatan per peserta',
    );
  });

  it('says so when no learner took both tests, and lists who took one', async () => {
    const { text, rows } = await render(of(preOnly));
    expect(text('gain-empty')).toBe(
      'Belum ada peserta yang mengerjakan pre-test dan post-test, sehingga rata-rata belum ada.',
    );
    expect(text('gain-average-pre')).toBe('—');
    expect(text('gain-average-gain')).toBe('—');
    expect(text('gain-paired')).toBe('0');
    expect(rows()).toHaveLength(1);
  });

  it('has an empty table when no learner took any test', async () => {
    const { text, rows, element } = await render(of(nobody));
    expect(text('gain-empty')).not.toBeNull();
    expect(rows()).toEqual([]);
    expect(element.querySelector('.no-data')?.textContent?.trim()).toBe(
      'Belum ada peserta yang mengerjakan tes kursus ini.',
    );
  });

  it('shows the API error instead of figures', async () => {
    const { text } = await render(throwError(() => new Error('network down')));
    expect(text('api-error')).not.toBeNull();
    expect(text('gain-average-pre')).toBeNull();
  });

  it('reads again on "Muat ulang"', async () => {
    const { gains, element } = await render(of(withPairs));
    element.querySelector<HTMLButtonElement>('[data-testid="gain-reload"]')?.click();
    await new Promise((resolve) => setTimeout(resolve));
    expect(gains.forCourse).toHaveBeenCalledTimes(2);
  });
});

describe('gain formats', () => {
  it('uses English decimals and signs a loss', () => {
    const loss = {
      ...withPairs,
      averageGain: -2.5,
      learners: [{ ...withPairs.learners[0], preScore: 80, postScore: 77.5, gain: -2.5 }],
    };
    expect(gainSummary(loss, 'en')).toEqual({
      averagePre: '42.5',
      averagePost: '81.3',
      averageGain: '-2.5',
      pairedCount: 2,
      learnerCount: 1,
    });
    expect(learnerGainRows(loss, 'en')[0]).toMatchObject({
      pre: '80',
      post: '77.5',
      gain: '-2.5',
      trend: 'down',
    });
    expect(
      learnerGainRows({ ...loss, learners: [{ ...loss.learners[0], gain: 0 }] }, 'id')[0],
    ).toMatchObject({ gain: '0', trend: 'flat' });
  });
});
