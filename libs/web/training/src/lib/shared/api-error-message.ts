import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslocoDirective, TranslocoPipe } from '@jsverse/transloco';
import type { ApiErrorInfo } from '@lms/web/core';

import { explainError } from './training-errors';

/**
 * One failed request, explained: the dictionary's sentence for a rule it knows, else the API's
 * own text of a bad input or conflict, else the shared sentence of the error code.
 */
@Component({
  selector: 'lib-training-error',
  imports: [TranslocoDirective, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (explained(); as e) {
      <p class="error" role="alert" data-testid="api-error">
        <ng-container *transloco="let t; prefix: 'training'">
          @if (e.key) {
            {{ t('serverErrors.' + e.key, e.params) }}
          } @else if (e.detail && (e.code === 'BAD_USER_INPUT' || e.code === 'CONFLICT')) {
            {{ e.detail }}
          } @else {
            {{ 'errors.' + e.code | transloco }}
          }
        </ng-container>
      </p>
    }
  `,
  styles: `
    .error {
      margin: 8px 0;
      padding: 12px 16px;
      border-radius: 8px;
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
  `,
})
export class TrainingErrorMessage {
  readonly error = input<ApiErrorInfo | null>(null);

  protected readonly explained = computed(() => {
    const error = this.error();
    return error ? explainError(error) : null;
  });
}
