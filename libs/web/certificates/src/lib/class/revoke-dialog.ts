import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoDirective } from '@jsverse/transloco';

export interface RevokeDialogData {
  holderName: string;
  number: string;
}

/** Revoking needs a reason: it is shown on the public verification page. */
@Component({
  selector: 'lib-revoke-dialog',
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
    <ng-container *transloco="let t; prefix: 'certificates'">
      <h2 mat-dialog-title>{{ t('revoke.title') }}</h2>
      <mat-dialog-content>
        <p>{{ t('revoke.message', { name: data.holderName, number: data.number }) }}</p>
        <mat-form-field appearance="outline" class="reason">
          <mat-label>{{ t('revoke.reason') }}</mat-label>
          <textarea matInput rows="3" [formControl]="reason" data-testid="revoke-reason"></textarea>
          <mat-hint>{{ t('revoke.hint') }}</mat-hint>
          @if (reason.invalid) {
            <mat-error>{{ t('serverErrors.reasonRequired') }}</mat-error>
          }
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ t('revoke.back') }}</button>
        <button mat-flat-button type="button" (click)="confirm()" data-testid="revoke-confirm">
          {{ t('revoke.confirm') }}
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
export class RevokeDialog {
  protected readonly data = inject<RevokeDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<RevokeDialog, string>>(MatDialogRef);

  protected readonly reason = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, Validators.pattern(/\S/), Validators.maxLength(2000)],
  });

  protected confirm(): void {
    if (this.reason.invalid) {
      this.reason.markAsTouched();
      return;
    }
    this.ref.close(this.reason.value.trim());
  }
}
