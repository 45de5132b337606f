import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { TranslocoDirective } from '@jsverse/transloco';
import { formatNip, type Lang } from '@lms/shared/domain';
import { apiErrorInfo, type CourseGainItemFragment, LanguageService } from '@lms/web/core';

import { CourseGainService } from '../../data-access/course-gain.service';
import { ApiErrorMessage } from '../../shared/api-error-message';
import { formatGain, formatScore } from '../../shared/format';

/** One learner's row, every number already formatted; `null` where a test was not taken. */
export interface LearnerGainRow {
  id: string;
  name: string;
  nip: string;
  pre: string | null;
  post: string | null;
  gain: string | null;
  trend: 'up' | 'down' | 'flat' | null;
}

/** The class figures, formatted; `null` averages when no learner took both tests. */
export interface CourseGainSummary {
  averagePre: string | null;
  averagePost: string | null;
  averageGain: string | null;
  pairedCount: number;
  learnerCount: number;
}

export function gainSummary(gain: CourseGainItemFragment, lang: Lang): CourseGainSummary {
  const score = (value: number | null) => (value === null ? null : formatScore(value, lang));
  return {
    averagePre: score(gain.averagePre),
    averagePost: score(gain.averagePost),
    averageGain: gain.averageGain === null ? null : formatGain(gain.averageGain, lang),
    pairedCount: gain.pairedCount,
    learnerCount: gain.learners.length,
  };
}

export function learnerGainRows(gain: CourseGainItemFragment, lang: Lang): LearnerGainRow[] {
  return gain.learners.map((learner) => ({
    id: learner.employeeId,
    name: learner.employee.fullName,
    nip: formatNip(learner.employee.nip),
    pre: learner.preScore === null ? null : formatScore(learner.preScore, lang),
    post: learner.postScore === null ? null : formatScore(learner.postScore, lang),
    gain: learner.gain === null ? null : formatGain(learner.gain, lang),
    trend:
      learner.gain === null ? null : learner.gain > 0 ? 'up' : learner.gain < 0 ? 'down' : 'flat',
  }));
}

/**
 * The organizer's "Hasil tes" tab: class averages of the learners who took both tests and every
 * learner's best pre-test and post-test score with the gain between them.
 */
@Component({
  selector: 'lib-course-gain-view',
  imports: [
    ApiErrorMessage,
    MatButtonModule,
    MatProgressBarModule,
    MatTableModule,
    TranslocoDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './course-gain-view.html',
  styleUrl: './course-gain-view.css',
})
export class CourseGainView {
  readonly courseId = input.required<string>();

  private readonly gains = inject(CourseGainService);
  private readonly language = inject(LanguageService);

  protected readonly columns = ['name', 'nip', 'pre', 'post', 'gain'];
  protected readonly gain = rxResource({
    params: () => ({ courseId: this.courseId() }),
    stream: ({ params }) => this.gains.forCourse(params.courseId),
  });
  private readonly value = computed(() => (this.gain.hasValue() ? this.gain.value() : null));
  protected readonly error = computed(() => {
    const error = this.gain.error();
    return error ? apiErrorInfo(error) : null;
  });
  protected readonly summary = computed(() => {
    const value = this.value();
    return value ? gainSummary(value, this.language.lang()) : null;
  });
  protected readonly rows = computed(() => {
    const value = this.value();
    return value ? learnerGainRows(value, this.language.lang()) : [];
  });
}
