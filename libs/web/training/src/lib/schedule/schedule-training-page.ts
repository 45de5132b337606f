import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { type ApiErrorInfo, apiErrorInfo } from '@lms/web/core';
import { PageHeader } from '@lms/web/ui';
import { startWith } from 'rxjs';

import { TrainingAdminService } from '../data-access/training-admin.service';
import { TrainingErrorMessage } from '../shared/api-error-message';
import { type ExplainedError, explainError } from '../shared/training-errors';
import {
  applyServerError,
  CLASS_ZONES,
  scheduleForm,
  toScheduleInput,
  TRAINING_MODES,
} from './schedule-form-model';

/**
 * The organizer schedules a class: one session day per calendar day between the dates. What the
 * API refuses comes back on the field it names, in the UI language.
 */
@Component({
  selector: 'lib-schedule-training-page',
  imports: [
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    PageHeader,
    ReactiveFormsModule,
    RouterLink,
    TrainingErrorMessage,
    TranslocoDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './schedule-training-page.html',
  styleUrl: './schedule-training-page.css',
})
export class ScheduleTrainingPage {
  private readonly admin = inject(TrainingAdminService);
  private readonly router = inject(Router);

  protected readonly form = scheduleForm();
  protected readonly modes = TRAINING_MODES;
  protected readonly zones = CLASS_ZONES;
  protected readonly courses = rxResource({ stream: () => this.admin.courseOptions() });
  protected readonly saving = signal(false);
  /** An error that names no field of the form (or no field at all). */
  protected readonly error = signal<ApiErrorInfo | null>(null);

  private readonly mode = toSignal(
    this.form.controls.mode.valueChanges.pipe(startWith(this.form.controls.mode.value)),
    { requireSync: true },
  );
  protected readonly showVenue = computed(() => this.mode() !== 'ONLINE');
  protected readonly showLink = computed(() => this.mode() !== 'FACE_TO_FACE');

  protected serverError(name: string): ExplainedError | null {
    return (this.form.get(name)?.errors?.['server'] as ExplainedError | undefined) ?? null;
  }

  /** A new course suggests a title the organizer can keep or change. */
  protected courseChanged(courseId: string): void {
    const course = (this.courses.hasValue() ? this.courses.value() : []).find(
      (c) => c.id === courseId,
    );
    if (course && !this.form.controls.title.dirty) {
      this.form.controls.title.setValue(course.title);
    }
  }

  protected async submit(): Promise<void> {
    this.error.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.saving.set(true);
    try {
      const training = await this.admin.schedule(toScheduleInput(this.form.getRawValue()));
      await this.router.navigate(['/bimtek', training.id]);
    } catch (error) {
      const info = apiErrorInfo(error);
      if (!applyServerError(this.form, explainError(info))) {
        this.error.set(info);
      }
    } finally {
      this.saving.set(false);
    }
  }
}
