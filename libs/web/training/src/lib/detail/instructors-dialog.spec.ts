import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { MatSelectHarness } from '@angular/material/select/testing';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { translocoTesting } from '@lms/web/core/testing';
import { of } from 'rxjs';

import { TrainingAdminService } from '../data-access/training-admin.service';
import { TRAINING_ID } from '../i18n/training.id';
import { InstructorsDialog, type InstructorsDialogData } from './instructors-dialog';

async function render() {
  const admin = {
    instructorOptions: jest.fn(() =>
      of([
        { id: 'u1', username: 'narasumber', regionId: 'r1' },
        { id: 'u2', username: 'widyaiswara', regionId: 'r1' },
      ]),
    ),
    setInstructors: jest.fn(async (_id: string, ids: string[]) => ({
      id: 't1',
      instructors: ids.map((id) => ({ id, username: id })),
    })),
  };
  const ref = { close: jest.fn() };
  const data: InstructorsDialogData = { trainingId: 't1', regionId: 'r1', instructorIds: ['u1'] };
  TestBed.configureTestingModule({
    imports: [InstructorsDialog, translocoTesting({ id: { training: TRAINING_ID }, en: {} })],
    providers: [
      { provide: TrainingAdminService, useValue: admin },
      { provide: MAT_DIALOG_DATA, useValue: data },
      { provide: MatDialogRef, useValue: ref },
    ],
  });
  const fixture = TestBed.createComponent(InstructorsDialog);
  const element = fixture.nativeElement as HTMLElement;
  const settle = async () => {
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  };
  await settle();
  const picker = await TestbedHarnessEnvironment.loader(fixture).getHarness(MatSelectHarness);
  const save = async () => {
    element.querySelector<HTMLButtonElement>('[data-testid="instructors-save"]')?.click();
    await settle();
  };
  return { admin, ref, element, picker, save };
}

describe('InstructorsDialog', () => {
  it("starts from the class's instructors and replaces them with the new picks", async () => {
    const { admin, ref, picker, save } = await render();
    expect(admin.instructorOptions).toHaveBeenCalledWith('r1');
    expect(await picker.getValueText()).toBe('narasumber');
    await picker.clickOptions({ text: 'widyaiswara' });
    await save();
    expect(admin.setInstructors).toHaveBeenCalledWith('t1', ['u1', 'u2']);
    expect(ref.close).toHaveBeenCalledWith({
      id: 't1',
      instructors: [
        { id: 'u1', username: 'u1' },
        { id: 'u2', username: 'u2' },
      ],
    });
  });

  it('shows a double booking on the picker and stays open; other refusals above the buttons', async () => {
    const { admin, ref, element, save } = await render();
    admin.setInstructors.mockRejectedValueOnce(
      new CombinedGraphQLErrors({
        errors: [
          {
            message:
              'instructorIds: narasumber already teaches "Kepemimpinan Digital" from 2026-12-01 to 2026-12-05',
            extensions: { code: 'CONFLICT', field: 'instructorIds' },
          },
        ],
      }),
    );
    await save();
    expect(ref.close).not.toHaveBeenCalled();
    expect(
      element.querySelector('[data-testid="dialog-instructors-error"]')?.textContent,
    ).toContain('narasumber sudah mengajar "Kepemimpinan Digital" pada 2026-12-01 s.d. 2026-12-05');

    admin.setInstructors.mockRejectedValueOnce(
      new CombinedGraphQLErrors({
        errors: [
          {
            message: 'trainingId: the class is cancelled',
            extensions: { code: 'CONFLICT', field: 'trainingId' },
          },
        ],
      }),
    );
    await save();
    expect(element.querySelector('[data-testid="api-error"]')?.textContent).toContain(
      'Kelas ini dibatalkan.',
    );
  });
});
