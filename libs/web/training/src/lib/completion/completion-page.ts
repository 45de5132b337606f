import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { type ApiErrorInfo, apiErrorInfo, LanguageService } from '@lms/web/core';
import { of } from 'rxjs';

import { CompletionService } from '../data-access/completion.service';
import { TrainingContext } from '../detail/training-context';
import { TrainingErrorMessage } from '../shared/api-error-message';
import {
  formatDay,
  formatGain,
  formatNumber,
  formatPercent,
  todayIn,
} from '../shared/training-format';
import { TrainingStatusPill } from '../shared/training-status';
import { completionCounts, type CompletionRule, neededDays, shortfalls } from './completion-model';

/**
 * The completion step: before it, who would complete on today's attendance; after it, each
 * participant's result with the reasons for NOT_COMPLETED and the class's pre/post-test gain.
 */
@Component({
  selector: 'lib-completion-page',
  imports: [
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    RouterLink,
    TrainingErrorMessage,
    TrainingStatusPill,
    TranslocoDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './completion-page.html',
  styleUrl: './completion-page.css',
})
export class CompletionPage {
  private readonly context = inject(TrainingContext);
  private readonly completion = inject(CompletionService);
  private readonly language = inject(LanguageService);

  protected readonly view = rxResource({
    params: () => this.context.id() ?? undefined,
    stream: ({ params }) => (params ? this.completion.view(params) : of(null)),
  });
  protected readonly data = computed(() => (this.view.hasValue() ? this.view.value() : null));
  protected readonly loadError = computed(() => {
    const error = this.view.error();
    return error ? apiErrorInfo(error) : null;
  });
  private readonly rule = computed<CompletionRule | null>(() => {
    const data = this.data();
    return data
      ? {
          classDays: data.sessions.length,
          minAttendanceRate: data.minAttendanceRate,
          postTestRequired: data.postTestRequired,
        }
      : null;
  });
  protected readonly completed = computed(() => this.data()?.status === 'COMPLETED');
  protected readonly canComplete = computed(() => {
    const data = this.data();
    return data?.status === 'SCHEDULED' && todayIn(data.timeZone) >= data.endDate;
  });
  protected readonly summary = computed(() => {
    const data = this.data();
    const rule = this.rule();
    const lang = this.language.lang();
    if (!data || !rule) return null;
    return {
      needed: neededDays(rule),
      days: rule.classDays,
      rate: formatPercent(rule.minAttendanceRate, lang),
      endDate: formatDay(data.endDate, lang),
      ...completionCounts(data.enrollments.map((e) => e.status)),
      gain: data.assessmentGain
        ? {
            ...data.assessmentGain,
            pre: formatNumber(data.assessmentGain.preTestMean, lang),
            post: formatNumber(data.assessmentGain.postTestMean, lang),
            delta: formatGain(data.assessmentGain.meanGain, lang),
          }
        : null,
    };
  });
  /** Seat holders with their (projected, before completion) result and its reasons. */
  protected readonly rows = computed(() => {
    const data = this.data();
    const rule = this.rule();
    const lang = this.language.lang();
    if (!data || !rule) return [];
    return data.enrollments
      .filter((e) => ['CONFIRMED', 'COMPLETED', 'NOT_COMPLETED'].includes(e.status))
      .map((e) => {
        const reasons = shortfalls(e, rule);
        const outcome =
          e.status === 'CONFIRMED' ? (reasons.length ? 'NOT_COMPLETED' : 'COMPLETED') : e.status;
        return {
          enrollment: e,
          outcome,
          projected: e.status === 'CONFIRMED',
          reasons,
          rate: formatPercent(
            e.attendanceRate ?? (rule.classDays ? e.attendedDays / rule.classDays : 0),
            lang,
          ),
        };
      })
      .sort((a, b) =>
        a.enrollment.employee.fullName.localeCompare(b.enrollment.employee.fullName, 'id'),
      );
  });

  protected readonly busy = signal(false);
  protected readonly error = signal<ApiErrorInfo | null>(null);

  protected async complete(): Promise<void> {
    const id = this.context.id();
    if (!id || this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    try {
      await this.completion.complete(id);
    } catch (error) {
      this.error.set(apiErrorInfo(error));
    } finally {
      this.busy.set(false);
      this.view.reload();
      this.context.reload();
    }
  }
}
