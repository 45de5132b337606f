import {
  booleanAttribute,
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { type ApiErrorInfo, apiErrorInfo, LanguageService } from '@lms/web/core';
import { PageHeader } from '@lms/web/ui';

import { LearnerService } from '../data-access/learner.service';
import { lessonSequence, orderedModules } from '../lesson/lesson-sequence';
import { ApiErrorMessage } from '../shared/api-error-message';
import { LESSON_KIND_ICONS } from '../shared/course-options';
import { formatDate, formatJp, formatPercent, formatScore } from '../shared/format';
import { CourseFacts } from './course-facts';
import { CourseLoader } from './course-loader';
import { nextStep } from './course-steps';
import { courseLinks } from './course-view';
import { TestStep } from './test-step';

/** A course's page: what it is, its outline, and the learner's next step (or an organizer's preview). */
@Component({
  selector: 'lib-course-page',
  imports: [
    ApiErrorMessage,
    CourseFacts,
    MatButtonModule,
    MatCardModule,
    MatIconModule,
    MatProgressBarModule,
    PageHeader,
    RouterLink,
    TestStep,
    TranslocoDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './course-page.html',
  styleUrl: './course-page.css',
})
export class CoursePage {
  readonly courseId = input.required<string>();
  /** Set by the organizer's preview route: no enrolment, no progress, tests described only. */
  readonly preview = input(false, { transform: booleanAttribute });

  private readonly loader = inject(CourseLoader);
  private readonly learner = inject(LearnerService);
  private readonly language = inject(LanguageService);

  protected readonly iconOf = LESSON_KIND_ICONS;
  protected readonly view = rxResource({
    params: () => ({ id: this.courseId(), preview: this.preview() }),
    stream: ({ params }) => this.loader.load(params.id, params.preview),
  });
  protected readonly data = computed(() => (this.view.hasValue() ? this.view.value() : null));
  protected readonly loadError = computed(() => {
    const error = this.view.error();
    return error ? apiErrorInfo(error) : null;
  });

  protected readonly enrolling = signal(false);
  protected readonly actionError = signal<ApiErrorInfo | null>(null);

  protected readonly links = computed(() => courseLinks(this.courseId(), this.preview()));
  protected readonly modules = computed(() => orderedModules(this.data()?.course.modules ?? []));
  protected readonly sequence = computed(() => lessonSequence(this.data()?.course.modules ?? []));
  protected readonly done = computed(
    () => new Set(this.data()?.progress?.completedLessonIds ?? []),
  );
  protected readonly preTest = computed(
    () => this.data()?.course.assessments.find((a) => a.kind === 'PRE') ?? null,
  );
  protected readonly postTest = computed(
    () => this.data()?.course.assessments.find((a) => a.kind === 'POST') ?? null,
  );
  protected readonly step = computed(() => {
    const data = this.data();
    if (!data || this.preview()) {
      return null;
    }
    const progress = data.progress;
    return nextStep(
      {
        delivery: data.course.delivery,
        enrolment: progress?.enrolment ?? null,
        completedLessonIds: progress?.completedLessonIds ?? [],
        preTest: progress?.preTest ?? null,
        postTest: progress?.postTest ?? null,
      },
      this.sequence(),
    );
  });
  protected readonly numbers = computed(() => {
    const lang = this.language.lang();
    const data = this.data();
    const progress = data?.progress;
    return {
      jp: data ? formatJp(data.course.jp, lang) : '',
      percent: formatPercent(progress?.progress ?? 0, lang),
      completedOn: progress?.enrolment?.completedAt
        ? formatDate(progress.enrolment.completedAt, lang)
        : '',
      gain:
        progress?.gain !== null && progress?.gain !== undefined
          ? `${progress.gain > 0 ? '+' : ''}${formatScore(progress.gain, lang)}`
          : null,
    };
  });

  protected async enrol(): Promise<void> {
    if (this.enrolling()) {
      return;
    }
    this.enrolling.set(true);
    this.actionError.set(null);
    try {
      await this.learner.enrol(this.courseId());
      this.view.reload();
    } catch (error) {
      this.actionError.set(apiErrorInfo(error));
    } finally {
      this.enrolling.set(false);
    }
  }
}
