import type { LessonItemFragment } from '@lms/web/core';

import { hasText, lessonForm, lessonFormValue, toLessonInput } from './lesson-form-model';

describe('lesson form model', () => {
  it('requires the source of the chosen kind', () => {
    const form = lessonForm();
    form.patchValue({ title: 'Pengantar', kind: 'TEXT', body: '<p> </p>' });
    expect(form.valid).toBe(false);
    expect(form.controls.body.hasError('kindRequired')).toBe(true);
    form.patchValue({ body: '<p>Isi</p>' });
    expect(form.valid).toBe(true);

    form.patchValue({ kind: 'VIDEO' });
    expect(form.controls.videoUrl.hasError('kindRequired')).toBe(true);
    form.patchValue({ videoUrl: 'ftp://example.com/a.mp4' });
    expect(form.controls.videoUrl.hasError('pattern')).toBe(true);
    form.patchValue({ videoUrl: 'https://youtu.be/dQw4w9WgXcQ' });
    expect(form.valid).toBe(true);
    expect(form.controls.body.valid).toBe(true);
  });

  it('sends only the kind’s own source, with the text as description', () => {
    const form = lessonForm();
    form.patchValue({
      title: ' Video ',
      kind: 'VIDEO',
      body: '<p>Tonton</p>',
      videoUrl: ' https://youtu.be/dQw4w9WgXcQ ',
      externalUrl: 'https://example.go.id',
      fileId: 'f1',
      durationMinutes: 15,
    });
    expect(toLessonInput(form.getRawValue(), 2)).toEqual({
      title: 'Video',
      kind: 'VIDEO',
      body: '<p>Tonton</p>',
      videoUrl: 'https://youtu.be/dQw4w9WgXcQ',
      externalUrl: null,
      fileId: null,
      durationMinutes: 15,
      position: 2,
    });
  });

  it('round-trips a stored lesson', () => {
    const lesson = {
      id: 'l1',
      title: 'Berkas',
      kind: 'FILE',
      body: null,
      videoUrl: null,
      externalUrl: null,
      fileId: 'f1',
      durationMinutes: null,
    } as LessonItemFragment;
    expect(toLessonInput(lessonFormValue(lesson))).toEqual({
      title: 'Berkas',
      kind: 'FILE',
      body: null,
      videoUrl: null,
      externalUrl: null,
      fileId: 'f1',
      durationMinutes: null,
    });
  });

  it('sees text through tags and non-breaking spaces', () => {
    expect(hasText('<p>&nbsp;</p>')).toBe(false);
    expect(hasText('<p><strong>a</strong></p>')).toBe(true);
    expect(hasText(null)).toBe(false);
  });
});

describe('lesson form kind switch', () => {
  it('drops the requirement of the kind left behind', () => {
    const form = lessonForm();
    form.patchValue({ title: 'Tautan', kind: 'TEXT', body: '' });
    expect(form.controls.body.hasError('kindRequired')).toBe(true);
    form.patchValue({ kind: 'LINK', externalUrl: 'https://jdih.go.id/peraturan' });
    expect(form.controls.body.errors).toBeNull();
    expect(form.valid).toBe(true);
  });
});
