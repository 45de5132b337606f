import {
  ChangeDetectionStrategy,
  Component,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoDirective } from '@jsverse/transloco';
import {
  type ApiErrorInfo,
  apiErrorInfo,
  type AssessmentKind,
  type AssessmentSettingsItemFragment,
} from '@lms/web/core';

import { QuestionBankService } from '../../data-access/question-bank.service';
import { ApiErrorMessage } from '../../shared/api-error-message';
import { FieldErrorText } from '../../shared/field-error-text';
import { applyServerError, serverErrorOf } from '../../shared/server-errors';
import {
  defaultSettings,
  settingsValue,
  testSettingsForm,
  toSettingsInput,
} from './test-settings-model';

/** The settings of a course's pre-test or post-test, or the offer to add one. */
@Component({
  selector: 'lib-test-settings-card',
  imports: [
    ApiErrorMessage,
    FieldErrorText,
    MatButtonModule,
    MatCardModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    ReactiveFormsModule,
    TranslocoDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './test-settings-card.html',
  styleUrl: './test-settings-card.css',
})
export class TestSettingsCard {
  readonly courseId = input.required<string>();
  readonly kind = input.required<AssessmentKind>();
  readonly settings = input<AssessmentSettingsItemFragment | null>(null);
  readonly bankSize = input(0);
  readonly readonly = input(false);
  readonly changed = output<void>();

  private readonly bank = inject(QuestionBankService);

  protected readonly form = testSettingsForm();
  protected readonly serverErrorOf = serverErrorOf;
  /** Open for a test that does not exist yet, after "add". */
  protected readonly adding = signal(false);
  protected readonly saving = signal(false);
  protected readonly saved = signal(false);
  protected readonly error = signal<ApiErrorInfo | null>(null);

  constructor() {
    effect(() => {
      const settings = this.settings();
      const readonly = this.readonly();
      untracked(() => {
        this.form.reset(settingsValue(settings ?? defaultSettings(this.kind(), this.bankSize())));
        if (readonly) {
          this.form.disable({ emitEvent: false });
        } else {
          this.form.enable({ emitEvent: false });
        }
      });
    });
  }

  protected add(): void {
    this.form.reset(settingsValue(defaultSettings(this.kind(), this.bankSize())));
    this.adding.set(true);
  }

  protected async save(): Promise<void> {
    this.error.set(null);
    this.saved.set(false);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.saving.set(true);
    try {
      await this.bank.configure(
        this.courseId(),
        this.kind(),
        toSettingsInput(this.form.getRawValue()),
      );
      this.adding.set(false);
      this.saved.set(true);
      this.changed.emit();
    } catch (error) {
      const info = apiErrorInfo(error);
      applyServerError(this.form, info);
      this.error.set(info);
    } finally {
      this.saving.set(false);
    }
  }

  protected async remove(): Promise<void> {
    this.error.set(null);
    this.saving.set(true);
    try {
      await this.bank.removeAssessment(this.courseId(), this.kind());
      this.changed.emit();
    } catch (error) {
      this.error.set(apiErrorInfo(error));
    } finally {
      this.saving.set(false);
    }
  }
}
