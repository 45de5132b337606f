import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { apiErrorInfo, LanguageService } from '@lms/web/core';
import { PageHeader } from '@lms/web/ui';

import { LearnerService } from '../data-access/learner.service';
import { JpProgress } from '../jp/jp-progress';
import { ApiErrorMessage } from '../shared/api-error-message';
import { formatDate, formatJp, formatPercent, formatScore } from '../shared/format';

/** "Pembelajaran saya": this year's JP against the obligation, and every course enrolled in. */
@Component({
  selector: 'lib-my-learning-page',
  imports: [
    ApiErrorMessage,
    JpProgress,
    MatButtonModule,
    MatCardModule,
    MatIconModule,
    MatProgressBarModule,
    PageHeader,
    RouterLink,
    TranslocoDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './my-learning-page.html',
  styleUrl: './my-learning-page.css',
})
export class MyLearningPage {
  private readonly learner = inject(LearnerService);
  private readonly language = inject(LanguageService);

  protected readonly jpSummary = rxResource({ stream: () => this.learner.jp() });
  protected readonly courses = rxResource({ stream: () => this.learner.myLearning() });

  protected readonly jp = computed(() =>
    this.jpSummary.hasValue() ? this.jpSummary.value() : null,
  );
  protected readonly jpError = computed(() => {
    const error = this.jpSummary.error();
    return error ? apiErrorInfo(error) : null;
  });
  protected readonly coursesError = computed(() => {
    const error = this.courses.error();
    return error ? apiErrorInfo(error) : null;
  });
  protected readonly records = computed(() => {
    const lang = this.language.lang();
    return (this.jp()?.records ?? []).map((record) => ({
      ...record,
      date: formatDate(record.completedOn, lang),
      jpText: formatJp(record.jp, lang),
    }));
  });
  protected readonly items = computed(() => {
    const lang = this.language.lang();
    const list = this.courses.hasValue() ? this.courses.value() : [];
    return list.map((item) => ({
      ...item,
      percent: formatPercent(item.progress, lang),
      jpText: formatJp(item.course.jp, lang),
      completedOn: item.enrolment?.completedAt
        ? formatDate(item.enrolment.completedAt, lang)
        : null,
      pre: item.preTest?.bestScore != null ? formatScore(item.preTest.bestScore, lang) : null,
      post: item.postTest?.bestScore != null ? formatScore(item.postTest.bestScore, lang) : null,
    }));
  });
}
