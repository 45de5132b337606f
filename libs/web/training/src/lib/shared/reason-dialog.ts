import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoDirective } from '@jsverse/transloco';

export interface ReasonDialogData {
  /** Already translated: the dialog is opened from pages that hold the words. */
  title: string;
  message: string;
  confirm: string;
  reasonLabel: string;
  reasonRequired: boolean;
}

/** Asks "are you sure?" with an optional (or required) reason; closes with the reason or undefined. */
@Component({
  selector: 'lib-reason-dialog',
  imports: [
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    ReactiveFormsModule,
    TranslocoDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t; prefix: 'training'">
      <h2 mat-dialog-title>{{ data.title }}</h2>
      <mat-dialog-content>
        <p>{{ data.message }}</p>
        <mat-form-field appearance="outline" class="reason">
          <mat-label>{{ data.reasonLabel }}</mat-label>
          <textarea matInput rows="3" [formControl]="reason" data-testid="reason-input"></textarea>
          @if (reason.invalid) {
            <mat-error>{{ t('dialog.reasonRequired') }}</mat-error>
          }
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ t('dialog.back') }}</button>
        <button mat-flat-button type="button" (click)="confirm()" data-testid="reason-confirm">
          {{ data.confirm }}
        </button>
      </mat-dialog-actions>
    </ng-container>
  `,
  styles: `
    .reason {
      width: 100%;
    }
  `,
})
export class ReasonDialog {
  protected readonly data = inject<ReasonDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<ReasonDialog, string>>(MatDialogRef);

  protected readonly reason = new FormControl('', {
    nonNullable: true,
    validators: this.data.reasonRequired
      ? [Validators.required, Validators.pattern(/\S/), Validators.maxLength(300)]
      : [Validators.maxLength(300)],
  });

  protected confirm(): void {
    if (this.reason.invalid) {
      this.reason.markAsTouched();
      return;
    }
    this.ref.close(this.reason.value.trim());
  }
}
