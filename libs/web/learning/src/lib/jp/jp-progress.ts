import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslocoDirective } from '@jsverse/transloco';
import { ANNUAL_JP_OBLIGATION } from '@lms/shared/domain';
import { LanguageService } from '@lms/web/core';

import { formatJp } from '../shared/format';
import { jpStatus } from './jp-status';

/** This year's JP against the obligation, as a labelled progress bar. */
@Component({
  selector: 'lib-jp-progress',
  imports: [MatProgressBarModule, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t; prefix: 'learning.jp'">
      <div class="jp" [class.met]="status().met" data-testid="jp-progress">
        <div class="head">
          <span class="label" [id]="labelId">{{ t('label', { year: year() }) }}</span>
          <span class="value" data-testid="jp-total">
            {{ t('value', { total: total(), obligation: obligation() }) }}
          </span>
        </div>
        <mat-progress-bar
          mode="determinate"
          [value]="status().percent"
          [attr.aria-labelledby]="labelId"
          [attr.aria-valuetext]="t('value', { total: total(), obligation: obligation() })"
          data-testid="jp-bar"
        />
        <p class="note">
          {{ status().met ? t('met') : t('remaining', { remaining: remaining() }) }}
        </p>
      </div>
    </ng-container>
  `,
  styles: `
    .head {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      gap: 4px 16px;
      margin-bottom: 8px;
    }
    .label {
      font: var(--mat-sys-title-small);
    }
    .value {
      font: var(--mat-sys-title-medium);
      font-variant-numeric: tabular-nums;
    }
    mat-progress-bar {
      --mat-progress-bar-track-height: 12px;
      --mat-progress-bar-active-indicator-height: 12px;
      --mat-progress-bar-track-shape: 6px;
    }
    .met mat-progress-bar {
      --mat-progress-bar-active-indicator-color: var(--lms-success);
    }
    .note {
      margin: 8px 0 0;
      color: var(--mat-sys-on-surface-variant);
    }
    .met .note {
      color: var(--lms-success);
      font-weight: 600;
    }
  `,
})
export class JpProgress {
  private static nextId = 0;

  readonly totalJp = input.required<number>();
  readonly obligationJp = input<number>(ANNUAL_JP_OBLIGATION);
  readonly year = input.required<number>();

  private readonly language = inject(LanguageService);
  protected readonly labelId = `jp-progress-label-${JpProgress.nextId++}`;
  protected readonly status = computed(() => jpStatus(this.totalJp(), this.obligationJp()));
  protected readonly total = computed(() => formatJp(this.status().total, this.language.lang()));
  protected readonly obligation = computed(() =>
    formatJp(this.status().obligation, this.language.lang()),
  );
  protected readonly remaining = computed(() =>
    formatJp(this.status().remaining, this.language.lang()),
  );
}
