import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { TranslocoDirective, TranslocoPipe } from '@jsverse/transloco';
import { type ApiErrorInfo, apiErrorInfo, type CompetencyItemFragment } from '@lms/web/core';

import { CourseEditorService } from '../../data-access/course-editor.service';
import { fieldError } from '../../shared/field-errors';

/**
 * Defines a technical competency of the region (e.g. T.01 Analisis Data) without leaving the
 * course form: technical competencies differ per region and none are seeded.
 */
@Component({
  selector: 'lib-technical-competency-form',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    ReactiveFormsModule,
    TranslocoDirective,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t; prefix: 'learning.technical'">
      @if (open()) {
        <div class="box" role="group" [attr.aria-label]="t('heading')">
          <mat-form-field appearance="outline" subscriptSizing="dynamic" class="code">
            <mat-label>{{ t('code') }}</mat-label>
            <input matInput [formControl]="form.controls.code" data-testid="technical-code" />
          </mat-form-field>
          <mat-form-field appearance="outline" subscriptSizing="dynamic" class="name">
            <mat-label>{{ t('name') }}</mat-label>
            <input matInput [formControl]="form.controls.name" data-testid="technical-name" />
          </mat-form-field>
          <button
            mat-flat-button
            type="button"
            (click)="save()"
            [disabled]="saving()"
            data-testid="technical-save"
          >
            {{ t('save') }}
          </button>
          <button mat-button type="button" (click)="open.set(false)">{{ t('cancel') }}</button>
          @if (error(); as e) {
            <p class="error" role="alert">
              @if (e.code === 'CONFLICT') {
                {{ t('taken') }}
              } @else if (e.code === 'BAD_USER_INPUT') {
                {{ detail(e) }}
              } @else {
                {{ 'errors.' + e.code | transloco }}
              }
            </p>
          }
        </div>
      } @else {
        <button mat-button type="button" (click)="open.set(true)" data-testid="technical-add">
          <mat-icon svgIcon="add" aria-hidden="true" />
          {{ t('add') }}
        </button>
      }
    </ng-container>
  `,
  styles: `
    .box {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px;
      padding: 12px;
      border-radius: 12px;
      background: var(--mat-sys-surface-container-low);
    }
    .code {
      flex: 0 1 140px;
    }
    .name {
      flex: 1 1 240px;
    }
    .error {
      flex-basis: 100%;
      margin: 0;
      color: var(--mat-sys-error);
    }
  `,
})
export class TechnicalCompetencyForm {
  /** The region the competency belongs to; null lets the API use the organizer's own. */
  readonly regionId = input<string | null>(null);
  readonly created = output<CompetencyItemFragment>();

  private readonly editor = inject(CourseEditorService);

  protected readonly open = signal(false);
  protected readonly saving = signal(false);
  protected readonly error = signal<ApiErrorInfo | null>(null);
  protected readonly form = new FormGroup({
    code: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.pattern(/^[A-Za-z0-9][A-Za-z0-9._-]{0,29}$/)],
    }),
    name: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.minLength(2), Validators.maxLength(200)],
    }),
  });

  protected detail(error: ApiErrorInfo): string {
    return fieldError(error).detail;
  }

  protected async save(): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.saving.set(true);
    this.error.set(null);
    try {
      const competency = await this.editor.createCompetency({
        code: this.form.controls.code.value.trim(),
        name: this.form.controls.name.value.trim(),
        regionId: this.regionId(),
      });
      this.form.reset();
      this.open.set(false);
      this.created.emit(competency);
    } catch (error) {
      this.error.set(apiErrorInfo(error));
    } finally {
      this.saving.set(false);
    }
  }
}
