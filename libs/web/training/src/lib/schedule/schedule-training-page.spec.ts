import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { provideRouter, Router } from '@angular/router';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { Role } from '@lms/shared/domain';
import { SessionStore } from '@lms/web/core';
import { translocoTesting } from '@lms/web/core/testing';
import { provideLmsIcons } from '@lms/web/ui';
import { of } from 'rxjs';

import { TrainingAdminService } from '../data-access/training-admin.service';
import { TRAINING_ID } from '../i18n/training.id';
import { provideTrainingIcons } from '../shared/training-icons';
import { ScheduleTrainingPage } from './schedule-training-page';

const region = { id: 'r1', code: '35.10', name: 'Kabupaten Banyuwangi', type: 'REGENCY' as const };
const agency = (id: string, code: string, name: string, depth: number) => ({
  id,
  code,
  name,
  depth,
  parentId: depth ? 'a1' : null,
  region,
});

function apiError(code: string, field: string, message: string) {
  return new CombinedGraphQLErrors({ errors: [{ message, extensions: { code, field } }] });
}

async function render(roles: Role[] = [Role.ORGANIZER]) {
  const admin = {
    courseOptions: jest.fn(() =>
      of([{ id: 'c1', code: 'DIG-101', title: 'Literasi Digital', jp: 8, regionId: 'r1' }]),
    ),
    instructorOptions: jest.fn(() =>
      of([
        { id: 'u1', username: 'narasumber', regionId: 'r1' },
        { id: 'u2', username: 'widyaiswara', regionId: 'r1' },
      ]),
    ),
    agencyOptions: jest.fn(() =>
      of([
        agency('a1', 'DISKOMINFO', 'Dinas Komunikasi dan Informatika', 0),
        agency('a2', 'DISKOMINFO-APTIKA', 'Bidang Aplikasi Informatika', 1),
      ]),
    ),
    schedule: jest.fn(async () => ({ id: 't-new' })),
  };
  TestBed.configureTestingModule({
    imports: [ScheduleTrainingPage, translocoTesting({ id: { training: TRAINING_ID }, en: {} })],
    providers: [
      provideRouter([]),
      provideLmsIcons(),
      provideTrainingIcons(),
      { provide: TrainingAdminService, useValue: admin },
      {
        provide: SessionStore,
        useValue: {
          hasAnyRole: (wanted: readonly Role[]) => wanted.some((r) => roles.includes(r)),
        },
      },
    ],
  });
  const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
  const fixture = TestBed.createComponent(ScheduleTrainingPage);
  const element = fixture.nativeElement as HTMLElement;
  const harnesses = TestbedHarnessEnvironment.loader(fixture);
  const settle = async () => {
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  };
  await settle();
  const select = (testId: string) =>
    harnesses.getHarness(MatSelectHarness.with({ selector: `[data-testid="${testId}"]` }));
  const type = async (selector: string, value: string) => {
    const input = element.querySelector<HTMLInputElement>(selector);
    if (!input) throw new Error(`no ${selector}`);
    input.value = value;
    input.dispatchEvent(new Event('input'));
    await settle();
  };
  const click = async (testId: string) => {
    element.querySelector<HTMLButtonElement>(`[data-testid="${testId}"]`)?.click();
    await settle();
  };
  const fillClass = async () => {
    await (await select('field-course')).clickOptions({ text: /DIG-101/ });
    await type('[data-testid="field-start"]', '2026-12-01');
    await type('[data-testid="field-end"]', '2026-12-02');
  };
  return { admin, element, navigate, select, type, click, fillClass, settle };
}

describe('ScheduleTrainingPage: instructors and agency quotas', () => {
  it("offers the organizer's instructors and agencies, and sends the picks with the class", async () => {
    const { admin, element, navigate, select, type, click, fillClass } = await render();
    expect(admin.instructorOptions).toHaveBeenCalledWith(null);
    expect(admin.agencyOptions).toHaveBeenCalledWith(null);
    await fillClass();

    const instructors = await select('field-instructors');
    await instructors.open();
    expect(await Promise.all((await instructors.getOptions()).map((o) => o.getText()))).toEqual([
      'narasumber',
      'widyaiswara',
    ]);
    await instructors.clickOptions({ text: 'widyaiswara' });
    await instructors.close();

    await click('quota-add');
    expect(element.querySelectorAll('[data-testid="quota-row"]')).toHaveLength(1);
    await (await select('quota-agency')).clickOptions({ text: /Bidang Aplikasi/ });
    await type('[data-testid="quota-seats"]', '5');
    await click('schedule-submit');

    expect(admin.schedule).toHaveBeenCalledWith(
      expect.objectContaining({
        courseId: 'c1',
        instructorIds: ['u2'],
        agencyQuotas: [{ agencyId: 'a2', seats: 5 }],
      }),
    );
    expect(navigate).toHaveBeenCalledWith(['/bimtek', 't-new']);
  });

  it('keeps a quota over the capacity from being sent, and removes a row', async () => {
    const { admin, element, select, type, click, fillClass } = await render();
    await fillClass();
    await type('[data-testid="field-capacity"]', '10');
    await click('quota-add');
    await (await select('quota-agency')).clickOptions({ text: /Dinas Komunikasi/ });
    await type('[data-testid="quota-seats"]', '12');
    await click('schedule-submit');
    expect(admin.schedule).not.toHaveBeenCalled();
    expect(element.querySelector('[data-testid="quota-editor"]')?.textContent).toContain(
      'Kuota melebihi kapasitas kelas (10 kursi).',
    );

    await click('quota-remove');
    expect(element.querySelectorAll('[data-testid="quota-row"]')).toHaveLength(0);
    await click('schedule-submit');
    expect(admin.schedule).toHaveBeenCalledWith(expect.objectContaining({ agencyQuotas: [] }));
  });

  it("shows the API's double booking on the instructor picker and its quota refusal on the quotas", async () => {
    const { admin, element, select, type, click, fillClass } = await render();
    await fillClass();
    await (await select('field-instructors')).clickOptions({ text: 'widyaiswara' });
    await click('quota-add');
    await (await select('quota-agency')).clickOptions({ text: /Bidang Aplikasi/ });
    await type('[data-testid="quota-seats"]', '3');

    admin.schedule.mockRejectedValueOnce(
      apiError(
        'CONFLICT',
        'instructorIds',
        'instructorIds: widyaiswara already teaches "Analisis Data" from 2026-12-02 to 2026-12-04',
      ),
    );
    await click('schedule-submit');
    expect(element.querySelector('[data-testid="instructors-error"]')?.textContent).toContain(
      'widyaiswara sudah mengajar "Analisis Data" pada 2026-12-02 s.d. 2026-12-04',
    );
    expect(element.querySelector('[data-testid="api-error"]')).toBeNull();

    // Other dates may fix it too: the form tries again without touching the picker.
    await type('[data-testid="field-start"]', '2026-12-07');
    await type('[data-testid="field-end"]', '2026-12-08');
    admin.schedule.mockRejectedValueOnce(
      apiError(
        'CONFLICT',
        'instructorIds',
        'instructorIds: widyaiswara already teaches "Analisis Data II" from 2026-12-08 to 2026-12-09',
      ),
    );
    await click('schedule-submit');
    expect(admin.schedule).toHaveBeenCalledTimes(2);
    expect(admin.schedule).toHaveBeenLastCalledWith(
      expect.objectContaining({ startDate: '2026-12-07', instructorIds: ['u2'] }),
    );
    expect(element.querySelector('[data-testid="instructors-error"]')?.textContent).toContain(
      '"Analisis Data II"',
    );

    // Another pick clears it; the API then refuses a quota agency nested in another one.
    await (await select('field-instructors')).clickOptions({ text: 'narasumber' });
    expect(element.querySelector('[data-testid="instructors-error"]')).toBeNull();
    admin.schedule.mockRejectedValueOnce(
      apiError(
        'BAD_USER_INPUT',
        'agencyQuotas',
        'agencyQuotas: DISKOMINFO-APTIKA lies inside another agency with a quota',
      ),
    );
    await click('schedule-submit');
    expect(element.querySelector('[data-testid="quota-error"]')?.textContent).toContain(
      'OPD DISKOMINFO-APTIKA berada di bawah OPD lain yang sudah memiliki kuota.',
    );
  });

  it("lets an ADMIN pick among the chosen course's region only", async () => {
    const { admin, element, select } = await render([Role.ADMIN]);
    expect(admin.instructorOptions).not.toHaveBeenCalled();
    expect(element.querySelector('[data-testid="staffing-course-first"]')).not.toBeNull();
    await (await select('field-course')).clickOptions({ text: /DIG-101/ });
    expect(admin.instructorOptions).toHaveBeenCalledWith('r1');
    expect(admin.agencyOptions).toHaveBeenCalledWith('r1');
    expect(element.querySelector('[data-testid="field-instructors"]')).not.toBeNull();
  });
});
