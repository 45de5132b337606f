import {
  type AbstractControl,
  FormArray,
  FormControl,
  FormGroup,
  type ValidationErrors,
  Validators,
} from '@angular/forms';
import type { ScheduleTrainingInput, TrainingMode } from '@lms/web/core';

import type { ExplainedError } from '../shared/training-errors';
import { quotaRows, quotasWithinCapacity, toQuotaInputs } from './quota-model';

export const TRAINING_MODES: readonly TrainingMode[] = ['FACE_TO_FACE', 'ONLINE', 'BLENDED'];

/** Indonesia's three zones keep a fixed offset all year (no daylight saving). */
export const CLASS_ZONES = [
  { zone: 'Asia/Jakarta', label: 'WIB', offset: '+07:00' },
  { zone: 'Asia/Makassar', label: 'WITA', offset: '+08:00' },
  { zone: 'Asia/Jayapura', label: 'WIT', offset: '+09:00' },
] as const;

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** The last day may not come before the first: reported on `endDate`, where it is fixed. */
function endAfterStart(group: AbstractControl): ValidationErrors | null {
  const start = group.get('startDate')?.value as string;
  const end = group.get('endDate');
  if (!start || !end?.value) return null;
  const wrong = end.value < start;
  const { endBeforeStart: _, ...others } = end.errors ?? {};
  if (wrong) {
    end.setErrors({ ...others, endBeforeStart: true });
  } else if (end.hasError('endBeforeStart')) {
    end.setErrors(Object.keys(others).length ? others : null);
  }
  return null;
}

export function scheduleForm() {
  return new FormGroup(
    {
      courseId: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
      title: new FormControl('', {
        nonNullable: true,
        validators: [Validators.required, Validators.minLength(3), Validators.maxLength(200)],
      }),
      startDate: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
      endDate: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
      dailyStartTime: new FormControl('08:00', {
        nonNullable: true,
        validators: [Validators.required, Validators.pattern(TIME)],
      }),
      dailyEndTime: new FormControl('16:00', {
        nonNullable: true,
        validators: [Validators.required, Validators.pattern(TIME)],
      }),
      timeZone: new FormControl<string>('Asia/Jakarta', { nonNullable: true }),
      mode: new FormControl<TrainingMode>('FACE_TO_FACE', { nonNullable: true }),
      venue: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(300)] }),
      meetingUrl: new FormControl('', {
        nonNullable: true,
        validators: [Validators.maxLength(500)],
      }),
      capacity: new FormControl<number | null>(30, {
        validators: [Validators.required, Validators.min(1), Validators.max(100_000)],
      }),
      minAttendancePercent: new FormControl<number | null>(80, {
        validators: [Validators.required, Validators.min(1), Validators.max(100)],
      }),
      registrationOpensAt: new FormControl('', { nonNullable: true }),
      registrationClosesAt: new FormControl('', { nonNullable: true }),
      requiresApproval: new FormControl(false, { nonNullable: true }),
      postTestRequired: new FormControl(false, { nonNullable: true }),
      /** INSTRUCTOR accounts of the class's region; the API refuses one booked on the same days. */
      instructorIds: new FormControl<string[]>([], { nonNullable: true }),
      agencyQuotas: quotaRows(),
    },
    { validators: [endAfterStart, quotasWithinCapacity] },
  );
}

export type ScheduleForm = ReturnType<typeof scheduleForm>;
export type ScheduleFormValue = ReturnType<ScheduleForm['getRawValue']>;

/** A `datetime-local` value read in the class's zone, as an ISO instant; empty → null. */
export function zonedInstant(local: string, timeZone: string): string | null {
  if (!local) return null;
  const offset = CLASS_ZONES.find((z) => z.zone === timeZone)?.offset ?? '+07:00';
  const withSeconds = local.length === 16 ? `${local}:00` : local;
  return new Date(`${withSeconds}${offset}`).toISOString();
}

export function toScheduleInput(value: ScheduleFormValue): ScheduleTrainingInput {
  const online = value.mode !== 'FACE_TO_FACE';
  const inPerson = value.mode !== 'ONLINE';
  return {
    courseId: value.courseId,
    title: value.title.trim(),
    startDate: value.startDate,
    endDate: value.endDate,
    dailyStartTime: value.dailyStartTime,
    dailyEndTime: value.dailyEndTime,
    timeZone: value.timeZone,
    mode: value.mode,
    venue: inPerson ? value.venue.trim() || null : null,
    meetingUrl: online ? value.meetingUrl.trim() || null : null,
    capacity: Number(value.capacity),
    minAttendanceRate: Math.round(Number(value.minAttendancePercent)) / 100,
    registrationOpensAt: zonedInstant(value.registrationOpensAt, value.timeZone),
    registrationClosesAt: zonedInstant(value.registrationClosesAt, value.timeZone),
    requiresApproval: value.requiresApproval,
    postTestRequired: value.postTestRequired,
    instructorIds: [...new Set(value.instructorIds)],
    agencyQuotas: toQuotaInputs(value.agencyQuotas),
  };
}

/** Server fields whose form control has another name. */
export const FIELD_CONTROLS: Readonly<Record<string, string>> = {
  minAttendanceRate: 'minAttendancePercent',
};

/**
 * Puts the server's explanation on the control it names (as its `server` error, cleared by the
 * next edit); returns false when no control of the form matches, so the page shows it on top.
 * `agencyQuotas` (also `agencyQuotas.0.seats`) lands on the whole quota list.
 */
export function applyServerError(form: ScheduleForm, error: ExplainedError): boolean {
  if (!error.field || (error.code !== 'BAD_USER_INPUT' && error.code !== 'CONFLICT')) return false;
  const control = form.get(FIELD_CONTROLS[error.field] ?? error.field);
  if (!control) return false;
  control.setErrors({ ...(control.errors ?? {}), server: error });
  control.markAsTouched();
  return true;
}

/**
 * Forgets what the API said before the next try: a refusal may be fixed on another field (a
 * double-booked instructor by other dates), so it must not keep the form invalid by itself.
 */
export function clearServerErrors(control: AbstractControl): void {
  if (control instanceof FormGroup || control instanceof FormArray) {
    for (const child of Object.values(control.controls) as AbstractControl[]) {
      clearServerErrors(child);
    }
  }
  if (control.hasError('server')) {
    const { server: _, ...others } = control.errors ?? {};
    control.setErrors(Object.keys(others).length ? others : null);
  }
}
