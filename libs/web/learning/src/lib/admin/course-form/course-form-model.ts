import { FormControl, FormGroup, type ValidatorFn, Validators } from '@angular/forms';
import { isValidJp } from '@lms/shared/domain';
import type {
  CompetencyType,
  CourseDelivery,
  CourseSummaryFragment,
  CreateCourseInput,
  UpdateCourseInput,
} from '@lms/web/core';

/** The API's rule for course codes (CreateCourseInput.code). */
export const COURSE_CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._/-]{0,49}$/;

/** JP the way the server checks it: positive, at most MAX_JP, two decimals. */
export const jpValidator: ValidatorFn = (control) =>
  control.value === null || control.value === '' || isValidJp(Number(control.value))
    ? null
    : { jp: true };

export function courseForm() {
  return new FormGroup({
    code: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.pattern(COURSE_CODE_PATTERN)],
    }),
    title: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.minLength(3), Validators.maxLength(200)],
    }),
    description: new FormControl('', {
      nonNullable: true,
      validators: [Validators.maxLength(5000)],
    }),
    competency: new FormControl<CompetencyType | null>(null, [Validators.required]),
    competencyId: new FormControl<string | null>(null),
    level: new FormControl<number | null>(null),
    digital: new FormControl(false, { nonNullable: true }),
    jp: new FormControl<number | null>(null, [Validators.required, jpValidator]),
    delivery: new FormControl<CourseDelivery>('ONLINE', { nonNullable: true }),
    shared: new FormControl(false, { nonNullable: true }),
    regionId: new FormControl<string | null>(null),
  });
}

export type CourseForm = ReturnType<typeof courseForm>;
export type CourseFormValue = ReturnType<CourseForm['getRawValue']>;

export function courseFormValue(course: CourseSummaryFragment): CourseFormValue {
  return {
    code: course.code,
    title: course.title,
    description: course.description ?? '',
    competency: course.competency,
    competencyId: course.competencyId,
    level: course.level,
    digital: course.digital,
    jp: course.jp,
    delivery: course.delivery,
    shared: course.shared,
    regionId: course.regionId,
  };
}

export function toCreateInput(value: CourseFormValue): CreateCourseInput {
  if (!value.competency || value.jp === null) {
    throw new Error('The form must be valid before it is sent');
  }
  return {
    code: value.code.trim(),
    title: value.title.trim(),
    description: value.description.trim() || null,
    competency: value.competency,
    competencyId: value.competencyId,
    level: value.level,
    digital: value.digital,
    jp: Number(value.jp),
    delivery: value.delivery,
    shared: value.shared,
    ...(value.regionId ? { regionId: value.regionId } : {}),
  };
}

/** The code and the owner region never change once a course exists. */
export function toUpdateInput(value: CourseFormValue): UpdateCourseInput {
  const { code: _code, regionId: _regionId, ...rest } = toCreateInput(value);
  return { ...rest, description: value.description.trim() };
}
