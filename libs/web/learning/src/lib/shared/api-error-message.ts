import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslocoDirective, TranslocoPipe } from '@jsverse/transloco';
import type { ApiErrorInfo } from '@lms/web/core';

import { fieldError } from './field-errors';

/** Input fields the dictionary has a label for (`learning.fields.*`). */
export const LABELLED_FIELDS: readonly string[] = [
  'code',
  'title',
  'description',
  'competency',
  'competencyId',
  'level',
  'digital',
  'jp',
  'delivery',
  'shared',
  'regionId',
  'lessons',
  'questions',
  'status',
  'options',
  'text',
  'points',
  'body',
  'videoUrl',
  'externalUrl',
  'fileId',
  'filename',
  'contentType',
  'contentBase64',
  'durationMinutes',
  'questionCount',
  'passingScore',
  'timeLimitMinutes',
  'maxAttempts',
];

/**
 * One failed request, explained: the dictionary's text for a rule it knows, else the API's own
 * message for a bad input, else the shared text of the error code.
 */
@Component({
  selector: 'lib-api-error-message',
  imports: [TranslocoDirective, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (explained(); as e) {
      <p class="error" role="alert" data-testid="api-error">
        <ng-container *transloco="let t; prefix: 'learning'">
          @if (e.field && showField() && labelled(e.field)) {
            <strong>{{ t('fields.' + e.field) }}:</strong>
          }
          @if (e.key) {
            {{ t('serverErrors.' + e.key) }}
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
export class ApiErrorMessage {
  readonly error = input<ApiErrorInfo | null>(null);
  /** Prefix the message with the field's label (off inside the field's own form control). */
  readonly showField = input(true);

  protected readonly explained = computed(() => {
    const error = this.error();
    return error ? fieldError(error) : null;
  });

  protected labelled(field: string): boolean {
    return LABELLED_FIELDS.includes(field);
  }
}
