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
import { Role } from '@lms/shared/domain';
import { type ApiErrorInfo, apiErrorInfo, SessionStore } from '@lms/web/core';
import { PageHeader } from '@lms/web/ui';
import { map, startWith } from 'rxjs';

import { TrainingAdminService } from '../data-access/training-admin.service';
import { TrainingErrorMessage } from '../shared/api-error-message';
import { type ExplainedError, explainError } from '../shared/training-errors';
import { QuotaEditor } from './quota-editor';
import { agencyOptions } from './quota-model';
import {
  applyServerError,
  CLASS_ZONES,
  clearServerErrors,
  scheduleForm,
  toScheduleInput,
  TRAINING_MODES,
} from './schedule-form-model';

/**
 * The organizer schedules a class: one session day per calendar day between the dates, its
 * instructors and its agency quotas. What the API refuses comes back on the field it names, in the
 * UI language.
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
    QuotaEditor,
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
  private readonly isAdmin = inject(SessionStore).hasAnyRole([Role.ADMIN]);
  /** The region whose instructors and agencies were offered (ADMIN: the course's). */
  private offeredRegion: string | null | undefined;

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

  private readonly courseId = toSignal(
    this.form.controls.courseId.valueChanges.pipe(startWith(this.form.controls.courseId.value)),
    { requireSync: true },
  );
  /**
   * Where the class's instructors and agencies come from: an organizer's own region (null: the API
   * applies the scope); for an ADMIN the chosen course's region, undefined until one is chosen.
   */
  protected readonly optionsRegion = computed<string | null | undefined>(() => {
    if (!this.isAdmin) return null;
    const courses = this.courses.hasValue() ? this.courses.value() : [];
    return courses.find((c) => c.id === this.courseId())?.regionId;
  });
  protected readonly instructors = rxResource({
    params: () => this.regionParams(),
    stream: ({ params }) => this.admin.instructorOptions(params.regionId),
  });
  protected readonly agencies = rxResource({
    params: () => this.regionParams(),
    stream: ({ params }) => this.admin.agencyOptions(params.regionId).pipe(map(agencyOptions)),
  });

  protected serverError(name: string): ExplainedError | null {
    return (this.form.get(name)?.errors?.['server'] as ExplainedError | undefined) ?? null;
  }

  /**
   * A new course suggests a title the organizer can keep or change. For an ADMIN a course of
   * another region also changes the instructors and agencies on offer: picks made among the old
   * region's are dropped.
   */
  protected courseChanged(courseId: string): void {
    const course = (this.courses.hasValue() ? this.courses.value() : []).find(
      (c) => c.id === courseId,
    );
    if (course && !this.form.controls.title.dirty) {
      this.form.controls.title.setValue(course.title);
    }
    if (this.isAdmin && course) {
      if (this.offeredRegion !== undefined && this.offeredRegion !== course.regionId) {
        this.form.controls.instructorIds.setValue([]);
        this.form.controls.agencyQuotas.clear();
      }
      this.offeredRegion = course.regionId;
    }
  }

  private regionParams(): { regionId: string | null } | undefined {
    const regionId = this.optionsRegion();
    return regionId === undefined ? undefined : { regionId };
  }

  protected async submit(): Promise<void> {
    this.error.set(null);
    clearServerErrors(this.form);
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
