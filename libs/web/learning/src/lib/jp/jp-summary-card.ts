import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { apiErrorInfo } from '@lms/web/core';

import { LearnerService } from '../data-access/learner.service';
import { LEARNING_SCOPE } from '../i18n/learning-scope';
import { ApiErrorMessage } from '../shared/api-error-message';
import { JpProgress } from './jp-progress';

/**
 * The learner's JP of this year for the home page ("Beranda"). Brings its own dictionary scope,
 * since the home page is not one of the learning routes.
 */
@Component({
  selector: 'lib-jp-summary-card',
  imports: [
    ApiErrorMessage,
    JpProgress,
    MatButtonModule,
    MatCardModule,
    MatProgressBarModule,
    RouterLink,
    TranslocoDirective,
  ],
  providers: [LEARNING_SCOPE],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t; prefix: 'learning.jp'">
      <mat-card appearance="outlined" data-testid="home-jp">
        <mat-card-content>
          <h2 class="title">{{ t('cardTitle') }}</h2>
          @if (summary.isLoading() && !jp()) {
            <mat-progress-bar mode="indeterminate" [attr.aria-label]="t('loading')" />
          } @else if (error(); as error) {
            <lib-api-error-message [error]="error" />
          } @else if (jp(); as jp) {
            <lib-jp-progress
              [totalJp]="jp.totalJp"
              [obligationJp]="jp.obligation"
              [year]="jp.year"
            />
          }
          <div class="actions">
            <a mat-stroked-button routerLink="/pembelajaran-saya">{{ t('toMyLearning') }}</a>
            <a mat-button routerLink="/katalog">{{ t('toCatalog') }}</a>
          </div>
        </mat-card-content>
      </mat-card>
    </ng-container>
  `,
  styles: `
    .title {
      margin: 0 0 12px;
      font: var(--mat-sys-title-medium);
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      margin-top: 12px;
    }
  `,
})
export class JpSummaryCard {
  private readonly learner = inject(LearnerService);

  protected readonly summary = rxResource({ stream: () => this.learner.jp() });
  protected readonly jp = computed(() => (this.summary.hasValue() ? this.summary.value() : null));
  protected readonly error = computed(() => {
    const error = this.summary.error();
    return error ? apiErrorInfo(error) : null;
  });
}
