import {
  type AbstractControl,
  FormControl,
  FormGroup,
  type ValidationErrors,
  Validators,
} from '@angular/forms';
import type { LessonInput, LessonItemFragment, LessonKind } from '@lms/web/core';

/** The API's URL rule for lesson links: absolute http(s). */
export const WEB_URL = /^https?:\/\/[^\s/$.?#][^\s]*\.[^\s]+$/i;

/** Whether rich text has any visible text once its tags are removed. */
export function hasText(html: string | null | undefined): boolean {
  return (
    !!html &&
    html
      .replace(/<[^>]*>/g, '')
      .replace(/&nbsp;/g, ' ')
      .trim().length > 0
  );
}

/** The one field each kind of lesson cannot do without (the API names the same field). */
export const KIND_FIELD: Readonly<
  Record<LessonKind, 'body' | 'videoUrl' | 'fileId' | 'externalUrl'>
> = {
  TEXT: 'body',
  VIDEO: 'videoUrl',
  FILE: 'fileId',
  LINK: 'externalUrl',
};

/**
 * Puts `kindRequired` on the kind's own field when it is empty, and takes it off the other
 * kinds' fields, so the message shows under the input the person has to fill in.
 */
function kindContentRequired(group: AbstractControl): ValidationErrors | null {
  const kind = group.get('kind')?.value as LessonKind;
  let missing: string | null = null;
  for (const [fieldKind, field] of Object.entries(KIND_FIELD)) {
    const control = group.get(field);
    if (!control) {
      continue;
    }
    const needed = fieldKind === kind;
    const present = field === 'body' ? hasText(control.value) : !!control.value;
    const { kindRequired: _previous, ...others } = control.errors ?? {};
    const errors: ValidationErrors =
      needed && !present ? { ...others, kindRequired: true } : others;
    control.setErrors(Object.keys(errors).length ? errors : null, { emitEvent: false });
    if (needed && !present) {
      missing = field;
    }
  }
  return missing ? { kindRequired: missing } : null;
}

export function lessonForm() {
  return new FormGroup(
    {
      title: new FormControl('', {
        nonNullable: true,
        validators: [Validators.required, Validators.minLength(2), Validators.maxLength(200)],
      }),
      kind: new FormControl<LessonKind>('TEXT', { nonNullable: true }),
      body: new FormControl('', { nonNullable: true }),
      videoUrl: new FormControl('', {
        nonNullable: true,
        validators: [Validators.pattern(WEB_URL), Validators.maxLength(2000)],
      }),
      externalUrl: new FormControl('', {
        nonNullable: true,
        validators: [Validators.pattern(WEB_URL), Validators.maxLength(2000)],
      }),
      fileId: new FormControl<string | null>(null),
      durationMinutes: new FormControl<number | null>(null, [
        Validators.min(1),
        Validators.max(6000),
      ]),
    },
    { validators: [kindContentRequired] },
  );
}

export type LessonForm = ReturnType<typeof lessonForm>;
export type LessonFormValue = ReturnType<LessonForm['getRawValue']>;

export function lessonFormValue(lesson: LessonItemFragment): LessonFormValue {
  return {
    title: lesson.title,
    kind: lesson.kind,
    body: lesson.body ?? '',
    videoUrl: lesson.videoUrl ?? '',
    externalUrl: lesson.externalUrl ?? '',
    fileId: lesson.fileId,
    durationMinutes: lesson.durationMinutes,
  };
}

/**
 * Only the kind's own source is sent (a VIDEO lesson keeps no stale file); the rich text goes with
 * every kind as its description.
 */
export function toLessonInput(value: LessonFormValue, position?: number): LessonInput {
  return {
    title: value.title.trim(),
    kind: value.kind,
    body: hasText(value.body) ? value.body : null,
    videoUrl: value.kind === 'VIDEO' ? value.videoUrl.trim() || null : null,
    externalUrl: value.kind === 'LINK' ? value.externalUrl.trim() || null : null,
    fileId: value.kind === 'FILE' ? value.fileId : null,
    durationMinutes: value.durationMinutes ? Number(value.durationMinutes) : null,
    ...(position === undefined ? {} : { position }),
  };
}
