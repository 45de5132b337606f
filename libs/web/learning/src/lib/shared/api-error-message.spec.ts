import { TestBed } from '@angular/core/testing';
import type { ApiErrorInfo } from '@lms/web/core';
import { translocoTesting } from '@lms/web/core/testing';

import { LEARNING_ID } from '../i18n/learning.id';
import { ApiErrorMessage } from './api-error-message';

async function message(error: ApiErrorInfo | null): Promise<string> {
  TestBed.configureTestingModule({
    imports: [
      ApiErrorMessage,
      translocoTesting({
        id: { learning: LEARNING_ID, errors: { NETWORK: 'Tidak dapat terhubung ke server.' } },
        en: {},
      }),
    ],
  });
  const fixture = TestBed.createComponent(ApiErrorMessage);
  fixture.componentRef.setInput('error', error);
  await fixture.whenStable();
  return (fixture.nativeElement as HTMLElement).textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

describe('ApiErrorMessage', () => {
  it('explains a rule it knows under the label of the field the API named', async () => {
    expect(
      await message({
        code: 'BAD_USER_INPUT',
        field: 'lessons',
        message: 'lessons: add at least one lesson before publishing the course',
      }),
    ).toBe('Materi: Tambahkan paling sedikit satu pelajaran sebelum menerbitkan kursus.');
  });

  it('shows the API’s own text for a rule it does not know', async () => {
    expect(
      await message({
        code: 'BAD_USER_INPUT',
        field: 'durationMinutes',
        message: 'durationMinutes: must not be greater than 6000',
      }),
    ).toBe('Durasi (menit): must not be greater than 6000');
  });

  it('falls back to the shared text of the error code, and shows nothing without an error', async () => {
    expect(await message({ code: 'NETWORK' })).toBe('Tidak dapat terhubung ke server.');
    TestBed.resetTestingModule();
    expect(await message(null)).toBe('');
  });
});
