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
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { type ApiErrorInfo, apiErrorInfo } from '@lms/web/core';

import { CourseLoader } from '../course/course-loader';
import { courseLinks } from '../course/course-view';
import { LearnerService } from '../data-access/learner.service';
import { ApiErrorMessage } from '../shared/api-error-message';
import { LESSON_KIND_ICONS } from '../shared/course-options';
import { LessonContent } from './lesson-content';
import { lessonSequence, neighbours } from './lesson-sequence';

/** One lesson, with the course's lessons beside it and "mark as done" for an enrolled learner. */
@Component({
  selector: 'lib-lesson-page',
  imports: [
    ApiErrorMessage,
    LessonContent,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    RouterLink,
    TranslocoDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './lesson-page.html',
  styleUrl: './lesson-page.css',
})
export class LessonPage {
  readonly courseId = input.required<string>();
  readonly lessonId = input.required<string>();
  readonly preview = input(false, { transform: booleanAttribute });

  private readonly loader = inject(CourseLoader);
  private readonly learner = inject(LearnerService);

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

  protected readonly links = computed(() => courseLinks(this.courseId(), this.preview()));
  protected readonly sequence = computed(() => lessonSequence(this.data()?.course.modules ?? []));
  protected readonly place = computed(() => neighbours(this.sequence(), this.lessonId()));
  protected readonly done = computed(
    () => new Set(this.data()?.progress?.completedLessonIds ?? []),
  );
  protected readonly isDone = computed(() => this.done().has(this.lessonId()));
  protected readonly enrolled = computed(() => !!this.data()?.progress?.enrolment);
  protected readonly completed = computed(
    () => this.data()?.progress?.enrolment?.status === 'COMPLETED',
  );
  protected readonly hasPostTest = computed(
    () => this.data()?.course.assessments.some((a) => a.kind === 'POST') ?? false,
  );

  protected readonly saving = signal(false);
  protected readonly saveError = signal<ApiErrorInfo | null>(null);

  protected async markDone(): Promise<void> {
    if (this.saving() || this.isDone() || this.preview()) {
      return;
    }
    this.saving.set(true);
    this.saveError.set(null);
    try {
      const progress = await this.learner.completeLesson(this.lessonId());
      this.view.update((current) => (current ? { ...current, progress } : current));
    } catch (error) {
      this.saveError.set(apiErrorInfo(error));
    } finally {
      this.saving.set(false);
    }
  }
}
