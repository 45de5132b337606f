import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';

/**
 * A status as a coloured pill with its words: `kind` chooses the dictionary (`enrollmentStatus`
 * or `trainingStatus`). Colour is never the only signal: the text is always there.
 */
@Component({
  selector: 'lib-training-status',
  imports: [TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <span
      *transloco="let t; prefix: 'training'"
      class="pill"
      [attr.data-status]="status()"
      data-testid="status-pill"
      >{{ t(kind() + '.' + status()) }}</span
    >
  `,
  styles: `
    .pill {
      display: inline-block;
      padding: 2px 10px;
      border-radius: 999px;
      font-size: 0.75rem;
      font-weight: 600;
      white-space: nowrap;
      background: var(--mat-sys-surface-container-highest);
    }
    [data-status='CONFIRMED'],
    [data-status='COMPLETED'],
    [data-status='SCHEDULED'] {
      background: #dcefe0;
      color: #0d3b1a;
    }
    [data-status='WAITLISTED'],
    [data-status='PENDING_APPROVAL'] {
      background: #fff0c2;
      color: #4a3500;
    }
    [data-status='NOT_COMPLETED'],
    [data-status='REJECTED'],
    [data-status='CANCELLED'] {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
  `,
})
export class TrainingStatusPill {
  readonly status = input.required<string>();
  readonly kind = input<'enrollmentStatus' | 'trainingStatus'>('enrollmentStatus');
}
