import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { apiErrorInfo, LanguageService } from '@lms/web/core';
import { PageHeader } from '@lms/web/ui';

import { LearnerTrainingService } from '../data-access/learner-training.service';
import { TrainingErrorMessage } from '../shared/api-error-message';
import { formatDayRange, formatPercent, zoneLabel } from '../shared/training-format';
import { TrainingStatusPill } from '../shared/training-status';

/** "Bimtek saya": every class the learner registered for or was nominated to, newest first. */
@Component({
  selector: 'lib-my-trainings-page',
  imports: [
    MatButtonModule,
    MatProgressBarModule,
    PageHeader,
    RouterLink,
    TrainingErrorMessage,
    TrainingStatusPill,
    TranslocoDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t; prefix: 'training'">
      <lib-page-header [heading]="t('mine.heading')" [subheading]="t('mine.subheading')">
        <a mat-stroked-button routerLink="/jadwal-bimtek">{{ t('mine.toAvailable') }}</a>
      </lib-page-header>
      @if (list.isLoading() && !rows().length) {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="t('list.loading')" />
      }
      <lib-training-error [error]="error()" />
      <ul class="cards">
        @for (row of rows(); track row.e.id) {
          <li class="card" data-testid="my-training">
            <div class="head">
              <h2 class="title">
                <a [routerLink]="['/jadwal-bimtek', row.e.training.id]">{{
                  row.e.training.title
                }}</a>
              </h2>
              <lib-training-status [status]="row.e.status" />
            </div>
            <p class="meta">
              {{ row.e.training.course.title }} · {{ row.dates }} ({{ row.zone }})
              @if (row.e.training.venue) {
                · {{ row.e.training.venue }}
              }
            </p>
            <p class="meta" data-testid="my-training-detail">
              @if (row.e.status === 'WAITLISTED') {
                {{ t('learner.explain.WAITLISTED', { position: row.e.waitlistPosition }) }}
              } @else if (row.rate) {
                {{ t('mine.attendance', { rate: row.rate }) }}
              } @else {
                {{ t('learner.explain.' + row.e.status) }}
              }
            </p>
          </li>
        } @empty {
          @if (!list.isLoading()) {
            <li class="card empty">
              <p>{{ t('mine.empty') }}</p>
              <a mat-flat-button routerLink="/jadwal-bimtek">{{ t('mine.toAvailable') }}</a>
            </li>
          }
        }
      </ul>
    </ng-container>
  `,
  styles: `
    .cards {
      display: grid;
      gap: 12px;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .card {
      padding: 16px 20px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      background: var(--mat-sys-surface);
    }
    .head {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      align-items: center;
      gap: 8px;
    }
    .title {
      margin: 0;
      font: var(--mat-sys-title-medium);
    }
    .meta {
      margin: 4px 0 0;
      color: var(--mat-sys-on-surface-variant);
      font-size: 0.875rem;
    }
  `,
})
export class MyTrainingsPage {
  private readonly service = inject(LearnerTrainingService);
  private readonly language = inject(LanguageService);

  protected readonly list = rxResource({ stream: () => this.service.mine() });
  protected readonly error = computed(() => {
    const error = this.list.error();
    return error ? apiErrorInfo(error) : null;
  });
  protected readonly rows = computed(() => {
    const lang = this.language.lang();
    return (this.list.hasValue() ? this.list.value() : []).map((e) => ({
      e,
      dates: formatDayRange(e.training.startDate, e.training.endDate, lang),
      zone: zoneLabel(e.training.timeZone),
      rate: e.attendanceRate !== null ? formatPercent(e.attendanceRate, lang) : null,
    }));
  });
}
