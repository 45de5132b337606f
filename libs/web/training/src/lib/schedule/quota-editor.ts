import {
  ChangeDetectionStrategy,
  ChangeDetectorRef,
  Component,
  effect,
  inject,
  input,
} from '@angular/core';
import { type FormArray, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoDirective } from '@jsverse/transloco';

import type { ExplainedError } from '../shared/training-errors';
import { type AgencyOption, type QuotaRow, quotaRow } from './quota-model';

/**
 * Rows of agency + seats, added and removed by the organizer. The rows live in the schedule
 * form (so the API's refusal of `agencyQuotas` lands on them); this component only shows them.
 */
@Component({
  selector: 'lib-quota-editor',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    ReactiveFormsModule,
    TranslocoDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './quota-editor.html',
  styleUrl: './quota-editor.css',
})
export class QuotaEditor {
  readonly rows = input.required<FormArray<QuotaRow>>();
  readonly agencies = input<readonly AgencyOption[]>([]);

  constructor() {
    // The rows change from outside too (the page clears them, the API's error lands on them).
    const changes = inject(ChangeDetectorRef);
    effect((onCleanup) => {
      const subscription = this.rows().events.subscribe(() => changes.markForCheck());
      onCleanup(() => subscription.unsubscribe());
    });
  }

  protected add(): void {
    this.rows().push(quotaRow());
  }

  protected remove(index: number): void {
    this.rows().removeAt(index);
  }

  protected serverError(): ExplainedError | null {
    return (this.rows().errors?.['server'] as ExplainedError | undefined) ?? null;
  }
}
