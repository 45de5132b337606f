import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslocoDirective, TranslocoPipe } from '@jsverse/transloco';
import type { ApiErrorInfo } from '@lms/web/core';

import { certificateErrorKey } from './certificate-errors';

/** A failed request explained in the UI language, as an alert. */
@Component({
  selector: 'lib-certificate-error',
  imports: [TranslocoDirective, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (error(); as e) {
      <p class="error" role="alert" data-testid="api-error">
        <ng-container *transloco="let t; prefix: 'certificates'">
          @if (key()) {
            {{ t('serverErrors.' + key()) }}
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
export class CertificateErrorMessage {
  readonly error = input<ApiErrorInfo | null>(null);

  protected readonly key = computed(() => {
    const error = this.error();
    return error ? certificateErrorKey(error) : null;
  });
}
