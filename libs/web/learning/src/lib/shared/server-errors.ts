import type { AbstractControl, FormGroup } from '@angular/forms';
import type { ApiErrorInfo } from '@lms/web/core';

import { type FieldError, fieldError } from './field-errors';

/**
 * Puts a BAD_USER_INPUT or CONFLICT answer on the form control it names, as the `server` error
 * (cleared by the next edit of that control, when its validators run again). Returns the control,
 * or null when the error names no control of this form.
 */
export function applyServerError(
  form: FormGroup,
  info: ApiErrorInfo,
  aliases: Readonly<Record<string, string>> = {},
): AbstractControl | null {
  const error = fieldError(info);
  if (!error.field || (info.code !== 'BAD_USER_INPUT' && info.code !== 'CONFLICT')) {
    return null;
  }
  const control = form.get(aliases[error.field] ?? error.field);
  if (!control) {
    return null;
  }
  control.setErrors({ ...(control.errors ?? {}), server: error });
  control.markAsTouched();
  return control;
}

/** The `server` error a control carries, for its `<mat-error>`. */
export function serverErrorOf(control: AbstractControl | null): FieldError | null {
  const error = control?.errors?.['server'] as FieldError | undefined;
  return error ?? null;
}
