import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';

import type { FieldError } from './field-errors';

/** The text of a server error inside its field's `<mat-error>`. */
@Component({
  selector: 'lib-field-error-text',
  imports: [TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t; prefix: 'learning'">
      @if (error(); as e) {
        {{ e.key ? t('serverErrors.' + e.key) : e.detail }}
      }
    </ng-container>
  `,
})
export class FieldErrorText {
  readonly error = input<FieldError | null>(null);
}
