import { FormControl, FormGroup, Validators } from '@angular/forms';
import type {
  AssessmentKind,
  AssessmentSettingsInput,
  AssessmentSettingsItemFragment,
} from '@lms/web/core';

/** Reasonable first settings: a pre-test taken once, a post-test with three tries. */
export function defaultSettings(kind: AssessmentKind, bankSize: number): AssessmentSettingsInput {
  return {
    questionCount: Math.max(1, Math.min(10, bankSize || 10)),
    timeLimitMinutes: 15,
    passingScore: kind === 'PRE' ? 0 : 70,
    maxAttempts: kind === 'PRE' ? 1 : 3,
    revealAnswers: kind === 'POST',
  };
}

export function testSettingsForm() {
  return new FormGroup({
    questionCount: new FormControl<number | null>(null, [
      Validators.required,
      Validators.min(1),
      Validators.max(200),
    ]),
    timeLimitMinutes: new FormControl<number | null>(null, [
      Validators.min(1),
      Validators.max(600),
    ]),
    passingScore: new FormControl<number | null>(null, [
      Validators.required,
      Validators.min(0),
      Validators.max(100),
    ]),
    maxAttempts: new FormControl<number | null>(null, [Validators.min(1), Validators.max(100)]),
    revealAnswers: new FormControl(false, { nonNullable: true }),
  });
}

export type TestSettingsForm = ReturnType<typeof testSettingsForm>;

export function settingsValue(
  settings: AssessmentSettingsItemFragment | AssessmentSettingsInput,
): ReturnType<TestSettingsForm['getRawValue']> {
  return {
    questionCount: settings.questionCount,
    timeLimitMinutes: settings.timeLimitMinutes ?? null,
    passingScore: settings.passingScore,
    maxAttempts: settings.maxAttempts ?? null,
    revealAnswers: settings.revealAnswers ?? false,
  };
}

/** Empty time limit or attempts mean "no limit" (null), as the API reads them. */
export function toSettingsInput(
  value: ReturnType<TestSettingsForm['getRawValue']>,
): AssessmentSettingsInput {
  const optional = (n: number | null) =>
    n === null || `${n}` === '' ? null : Math.round(Number(n));
  return {
    questionCount: Math.round(Number(value.questionCount)),
    timeLimitMinutes: optional(value.timeLimitMinutes),
    passingScore: Number(value.passingScore),
    maxAttempts: optional(value.maxAttempts),
    revealAnswers: value.revealAnswers,
  };
}
