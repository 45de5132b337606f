import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoDirective } from '@jsverse/transloco';
import { type ApiErrorInfo, apiErrorInfo } from '@lms/web/core';

import { type ClassInstructors, TrainingAdminService } from '../data-access/training-admin.service';
import { TrainingErrorMessage } from '../shared/api-error-message';
import { type ExplainedError, explainError } from '../shared/training-errors';

export interface InstructorsDialogData {
  trainingId: string;
  /** The class's region: its instructors are the ones it may book. */
  regionId: string;
  instructorIds: readonly string[];
}

/**
 * Replaces a class's instructors (`setTrainingInstructors`). A double booking or an account that
 * may not teach the class comes back on the select; closes with the class's new instructors.
 */
@Component({
  selector: 'lib-instructors-dialog',
  imports: [
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatSelectModule,
    ReactiveFormsModule,
    TrainingErrorMessage,
    TranslocoDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t; prefix: 'training'">
      <h2 mat-dialog-title>{{ t('instructors.heading') }}</h2>
      <mat-dialog-content>
        <mat-form-field appearance="outline" class="field" subscriptSizing="dynamic">
          <mat-label>{{ t('fields.instructorIds') }}</mat-label>
          <mat-select [formControl]="selected" multiple data-testid="dialog-instructors">
            @for (instructor of options.value() ?? []; track instructor.id) {
              <mat-option [value]="instructor.id">{{ instructor.username }}</mat-option>
            }
          </mat-select>
          @if (options.hasValue() && !options.value().length) {
            <mat-hint>{{ t('schedule.noInstructors') }}</mat-hint>
          } @else {
            <mat-hint>{{ t('schedule.instructorsHint') }}</mat-hint>
          }
          @if (serverError(); as e) {
            <mat-error data-testid="dialog-instructors-error">
              {{ e.key ? t('serverErrors.' + e.key, e.params) : e.detail }}
            </mat-error>
          }
        </mat-form-field>
        <lib-training-error [error]="error()" />
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ t('dialog.back') }}</button>
        <button
          mat-flat-button
          type="button"
          [disabled]="saving()"
          (click)="save()"
          data-testid="instructors-save"
        >
          {{ saving() ? t('instructors.saving') : t('instructors.save') }}
        </button>
      </mat-dialog-actions>
    </ng-container>
  `,
  styles: `
    .field {
      width: 100%;
      min-width: min(420px, 70vw);
    }
  `,
})
export class InstructorsDialog {
  private readonly data = inject<InstructorsDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<InstructorsDialog, ClassInstructors>>(MatDialogRef);
  private readonly admin = inject(TrainingAdminService);

  protected readonly options = rxResource({
    stream: () => this.admin.instructorOptions(this.data.regionId),
  });
  protected readonly selected = new FormControl<string[]>([...this.data.instructorIds], {
    nonNullable: true,
  });
  protected readonly saving = signal(false);
  /** A refusal that names no instructor (e.g. the class was cancelled meanwhile). */
  protected readonly error = signal<ApiErrorInfo | null>(null);

  protected serverError(): ExplainedError | null {
    return (this.selected.errors?.['server'] as ExplainedError | undefined) ?? null;
  }

  protected async save(): Promise<void> {
    this.error.set(null);
    this.saving.set(true);
    try {
      this.ref.close(await this.admin.setInstructors(this.data.trainingId, this.selected.value));
    } catch (failure) {
      const info = apiErrorInfo(failure);
      const explained = explainError(info);
      if (
        explained.field === 'instructorIds' &&
        (info.code === 'BAD_USER_INPUT' || info.code === 'CONFLICT')
      ) {
        this.selected.setErrors({ server: explained });
        this.selected.markAsTouched();
      } else {
        this.error.set(info);
      }
    } finally {
      this.saving.set(false);
    }
  }
}
