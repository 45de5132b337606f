import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { translocoTesting } from '@lms/web/core/testing';
import { provideLmsIcons } from '@lms/web/ui';
import { of } from 'rxjs';

import { AttendanceService, type AttendanceSheetData } from '../data-access/attendance.service';
import { TrainingContext } from '../detail/training-context';
import { TRAINING_ID } from '../i18n/training.id';
import { addDays, todayIn } from '../shared/training-format';
import { provideTrainingIcons } from '../shared/training-icons';
import { AttendancePage } from './attendance-page';

const today = todayIn('Asia/Jakarta');
const yesterday = addDays(today, -1);

function sheet(): AttendanceSheetData {
  const session = (date: string, present: string[]) => ({
    id: `s-${date}`,
    date,
    startsAt: `${date}T01:00:00Z`,
    endsAt: `${date}T09:00:00Z`,
    checkInCode: date === today ? 'K7Q2MX' : 'PQ4R8T',
    attendance: present.map((enrollmentId) => ({
      enrollmentId,
      present: true,
      method: 'ROSTER' as const,
      recordedAt: `${date}T02:00:00Z`,
    })),
  });
  const person = (id: string, nip: string, fullName: string) => ({
    id,
    status: 'CONFIRMED',
    employee: { id: `p-${id}`, nip, fullName },
  });
  return {
    id: 't1',
    status: 'SCHEDULED',
    timeZone: 'Asia/Jakarta',
    sessions: [session(yesterday, ['e1', 'e2']), session(today, ['e3'])],
    enrollments: [
      person('e1', '198503152010011001', 'Budi Santoso'),
      person('e2', '198603202011012002', 'Ani Lestari'),
      person('e3', '198701012012011003', 'Citra Dewi'),
      { ...person('e4', '198801012013011004', 'Dodi Waitlist'), status: 'WAITLISTED' },
    ],
  };
}

async function render() {
  const attendance = {
    sheet: jest.fn(() => of(sheet())),
    record: jest.fn(async () => undefined),
  };
  TestBed.configureTestingModule({
    imports: [AttendancePage, translocoTesting({ id: { training: TRAINING_ID }, en: {} })],
    providers: [
      provideLmsIcons(),
      provideTrainingIcons(),
      { provide: AttendanceService, useValue: attendance },
      { provide: TrainingContext, useValue: { id: signal('t1'), reload: jest.fn() } },
    ],
  });
  const fixture = TestBed.createComponent(AttendancePage);
  const element = fixture.nativeElement as HTMLElement;
  const settle = async () => {
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  };
  await settle();
  return { attendance, element, settle };
}

function checkbox(element: HTMLElement, nip: string): HTMLInputElement {
  const input = element.querySelector<HTMLInputElement>(
    `[data-testid="attendance-row"][data-nip="${nip}"] input[type="checkbox"]`,
  );
  if (!input) throw new Error(`no checkbox for ${nip}`);
  return input;
}

describe('AttendancePage', () => {
  it("opens on today's sheet with the day's code and QR, listing confirmed participants only", async () => {
    const { element } = await render();
    expect(element.querySelectorAll('[data-testid="attendance-row"]')).toHaveLength(3);
    expect(element.querySelector('[data-testid="check-in-code"]')?.textContent).toBe('K7Q2MX');
    expect(element.querySelector('[data-testid="qr-code"]')).not.toBeNull();
    expect(checkbox(element, '198701012012011003').checked).toBe(true);
    expect(checkbox(element, '198503152010011001').checked).toBe(false);
  });

  it('saves only the changes: new ticks as present and removed ticks as absent', async () => {
    const { attendance, element, settle } = await render();
    const save = element.querySelector<HTMLButtonElement>('[data-testid="attendance-save"]');
    expect(save?.disabled).toBe(true);

    checkbox(element, '198503152010011001').click();
    checkbox(element, '198701012012011003').click();
    await settle();
    expect(save?.disabled).toBe(false);
    save?.click();
    await settle();

    expect(attendance.record).toHaveBeenCalledTimes(2);
    expect(attendance.record).toHaveBeenCalledWith('t1', today, ['198503152010011001'], true);
    expect(attendance.record).toHaveBeenCalledWith('t1', today, ['198701012012011003'], false);
    expect(element.querySelector('[data-testid="attendance-notice"]')?.textContent).toContain(
      '1 ditandai hadir, 1 ditandai tidak hadir',
    );
    expect(attendance.sheet).toHaveBeenCalledTimes(2);
  });
});
