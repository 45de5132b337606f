import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoDirective } from '@jsverse/transloco';
import { COMPETENCY_TYPES, MAX_JP, Role } from '@lms/shared/domain';
import {
  type ApiErrorInfo,
  apiErrorInfo,
  type CompetencyItemFragment,
  type CompetencyType,
  type CourseSummaryFragment,
  LanguageService,
  SessionStore,
} from '@lms/web/core';
import { map, of, startWith } from 'rxjs';

import { CatalogService } from '../../data-access/catalog.service';
import { CourseEditorService } from '../../data-access/course-editor.service';
import { ApiErrorMessage } from '../../shared/api-error-message';
import { COURSE_DELIVERIES } from '../../shared/course-options';
import { FieldErrorText } from '../../shared/field-error-text';
import { applyServerError, serverErrorOf } from '../../shared/server-errors';
import { courseForm, courseFormValue, toCreateInput, toUpdateInput } from './course-form-model';
import { TechnicalCompetencyForm } from './technical-competency-form';

/**
 * A course's details: create (no `course`) or edit. Client checks mirror the API's; what only the
 * API can know (a duplicate code, a competency of another region) comes back on the field it names.
 */
@Component({
  selector: 'lib-course-form',
  imports: [
    ApiErrorMessage,
    FieldErrorText,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    ReactiveFormsModule,
    TechnicalCompetencyForm,
    TranslocoDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './course-form.html',
  styleUrl: './course-form.css',
})
export class CourseForm {
  readonly course = input<CourseSummaryFragment | null>(null);
  readonly readonly = input(false);
  readonly saved = output<CourseSummaryFragment>();

  private readonly editor = inject(CourseEditorService);
  private readonly catalog = inject(CatalogService);
  private readonly session = inject(SessionStore);
  private readonly language = inject(LanguageService);

  protected readonly form = courseForm();
  protected readonly types = COMPETENCY_TYPES;
  protected readonly deliveries = COURSE_DELIVERIES;
  protected readonly maxJp = MAX_JP;
  protected readonly serverErrorOf = serverErrorOf;

  protected readonly creating = computed(() => this.course() === null);
  protected readonly isAdmin = computed(() => this.session.roles().includes(Role.ADMIN));
  protected readonly saving = signal(false);
  protected readonly error = signal<ApiErrorInfo | null>(null);
  protected readonly savedNote = signal(false);

  private readonly type = toSignal(
    this.form.controls.competency.valueChanges.pipe(startWith(this.form.controls.competency.value)),
    { initialValue: null },
  );
  /** The course's region: chosen by an ADMIN creating one, else the course's or the caller's. */
  protected readonly regionId = toSignal(
    this.form.controls.regionId.valueChanges.pipe(startWith(this.form.controls.regionId.value)),
    { initialValue: null },
  );

  protected readonly regions = rxResource({
    params: () => (this.isAdmin() && this.creating() ? true : undefined),
    stream: () => this.editor.regions(),
  });
  protected readonly competencies = rxResource({
    params: () => ({ type: this.type() as CompetencyType | null, regionId: this.regionId() }),
    stream: ({ params }) =>
      params.type ? this.catalog.competencies(params.type, params.regionId) : of([]),
  });
  protected readonly levels = rxResource({
    stream: () =>
      this.catalog.levels().pipe(map((levels) => [...levels].sort((a, b) => a.level - b.level))),
  });
  protected readonly lang = this.language.lang;

  constructor() {
    effect(() => {
      const course = this.course();
      const readonly = this.readonly();
      untracked(() => {
        if (course) {
          this.form.reset(courseFormValue(course));
        }
        if (readonly) {
          this.form.disable({ emitEvent: false });
        } else {
          this.form.enable({ emitEvent: false });
          if (course) {
            this.form.controls.code.disable({ emitEvent: false });
          }
        }
      });
    });
    effect(() => {
      // An ORGANIZER always creates in their own region; an ADMIN must choose one.
      const required = this.isAdmin() && this.creating();
      const control = this.form.controls.regionId;
      control.setValidators(required ? [(c) => (c.value ? null : { required: true })] : []);
      control.updateValueAndValidity({ emitEvent: false });
    });
  }

  protected competencyCreated(competency: CompetencyItemFragment): void {
    this.competencies.reload();
    this.form.controls.competencyId.setValue(competency.id);
  }

  /** A specific competency of another type would be refused: a new type clears it. */
  protected typeChanged(): void {
    this.form.controls.competencyId.setValue(null);
  }

  protected async save(): Promise<void> {
    this.error.set(null);
    this.savedNote.set(false);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.saving.set(true);
    try {
      const course = this.course();
      const value = this.form.getRawValue();
      const result = course
        ? await this.editor.update(course.id, toUpdateInput(value))
        : await this.editor.create(toCreateInput(value));
      this.savedNote.set(!!course);
      this.form.markAsPristine();
      this.saved.emit(result);
    } catch (error) {
      const info = apiErrorInfo(error);
      applyServerError(this.form, info);
      this.error.set(info);
    } finally {
      this.saving.set(false);
    }
  }
}
