import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  inject,
  input,
  signal,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatRadioModule } from '@angular/material/radio';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import {
  type ApiErrorInfo,
  apiErrorInfo,
  type AttemptItemFragment,
  type AttemptQuestionItemFragment,
  type AttemptResultItemFragment,
  LanguageService,
} from '@lms/web/core';
import { PageHeader } from '@lms/web/ui';

import { testKind } from '../course/course-steps';
import { courseLinks } from '../course/course-view';
import { AttemptService } from '../data-access/attempt.service';
import { LearnerService } from '../data-access/learner.service';
import { ApiErrorMessage } from '../shared/api-error-message';
import { fieldError } from '../shared/field-errors';
import { formatJp, formatScore } from '../shared/format';
import { type AnswerSheet, answersOf, choose, sheetOf, unansweredCount } from './answer-sheet';
import { AttemptResultView } from './attempt-result-view';
import { COUNTDOWN_WARNING_MS, formatClock, remainingMs } from './countdown';

type Phase = 'intro' | 'taking' | 'submitting' | 'result';

/**
 * A pre-test or post-test: the rules, then the questions with the server's deadline counting
 * down, then the scored result. Answers are saved one by one as they are chosen and sent again
 * with the submit; when the time runs out the attempt is submitted as it stands.
 */
@Component({
  selector: 'lib-assessment-page',
  imports: [
    ApiErrorMessage,
    AttemptResultView,
    MatButtonModule,
    MatCheckboxModule,
    MatIconModule,
    MatProgressBarModule,
    MatRadioModule,
    PageHeader,
    RouterLink,
    TranslocoDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './assessment-page.html',
  styleUrl: './assessment-page.css',
})
export class AssessmentPage {
  readonly courseId = input.required<string>();
  /** `pre` or `post`, from the URL. */
  readonly kind = input.required<string>();

  private readonly learner = inject(LearnerService);
  private readonly attempts = inject(AttemptService);
  private readonly language = inject(LanguageService);

  protected readonly state = rxResource({
    params: () => ({ id: this.courseId() }),
    stream: ({ params }) => this.learner.course(params.id),
  });
  protected readonly data = computed(() => (this.state.hasValue() ? this.state.value() : null));
  protected readonly loadError = computed(() => {
    const error = this.state.error();
    return error ? apiErrorInfo(error) : null;
  });

  protected readonly testKind = computed(() => testKind(this.kind()));
  protected readonly links = computed(() => courseLinks(this.courseId(), false));
  protected readonly settings = computed(
    () => this.data()?.course.assessments.find((a) => a.kind === this.testKind()) ?? null,
  );
  protected readonly standing = computed(() => {
    const data = this.data();
    return this.testKind() === 'PRE' ? (data?.preTest ?? null) : (data?.postTest ?? null);
  });
  protected readonly canStart = computed(() => {
    const standing = this.standing();
    if (!standing || !this.data()?.enrolment) {
      return false;
    }
    return !!standing.openAttemptId || standing.attemptsLeft === null || standing.attemptsLeft > 0;
  });

  protected readonly phase = signal<Phase>('intro');
  protected readonly attempt = signal<AttemptItemFragment | null>(null);
  protected readonly sheet = signal<AnswerSheet>({});
  protected readonly result = signal<AttemptResultItemFragment | null>(null);
  protected readonly error = signal<ApiErrorInfo | null>(null);
  protected readonly confirming = signal(false);
  protected readonly timedOut = signal(false);
  private readonly now = signal(Date.now());

  protected readonly questions = computed<readonly AttemptQuestionItemFragment[]>(() =>
    [...(this.attempt()?.questions ?? [])].sort((a, b) => a.position - b.position),
  );
  protected readonly unanswered = computed(() => unansweredCount(this.sheet(), this.questions()));
  protected readonly remaining = computed(() =>
    remainingMs(this.attempt()?.deadlineAt ?? null, this.now()),
  );
  protected readonly clock = computed(() => {
    const remaining = this.remaining();
    return remaining === null ? null : formatClock(remaining);
  });
  protected readonly warning = computed(() => {
    const remaining = this.remaining();
    return remaining !== null && remaining <= COUNTDOWN_WARNING_MS;
  });
  protected readonly numbers = computed(() => {
    const lang = this.language.lang();
    return {
      best: formatScore(this.standing()?.bestScore ?? 0, lang),
      passing: formatScore(this.settings()?.passingScore ?? 0, lang),
      jp: formatJp(this.data()?.course.jp ?? 0, lang),
    };
  });
  protected readonly courseCompleted = computed(
    () => this.data()?.enrolment?.status === 'COMPLETED',
  );

  private timer: ReturnType<typeof setInterval> | null = null;

  constructor() {
    inject(DestroyRef).onDestroy(() => this.stopTimer());
  }

  protected async start(): Promise<void> {
    const kind = this.testKind();
    if (!kind || this.phase() === 'taking') {
      return;
    }
    this.error.set(null);
    try {
      const attempt = await this.attempts.start(this.courseId(), kind);
      this.attempt.set(attempt);
      this.sheet.set(sheetOf(attempt.questions));
      this.result.set(null);
      this.confirming.set(false);
      this.timedOut.set(false);
      this.phase.set('taking');
      this.startTimer();
    } catch (error) {
      this.error.set(apiErrorInfo(error));
    }
  }

  protected async select(
    question: AttemptQuestionItemFragment,
    optionId: string,
    checked = true,
  ): Promise<void> {
    const attempt = this.attempt();
    if (!attempt || this.phase() !== 'taking') {
      return;
    }
    const sheet = choose(this.sheet(), question, optionId, checked);
    this.sheet.set(sheet);
    this.confirming.set(false);
    try {
      await this.attempts.answer(attempt.id, {
        questionId: question.id,
        optionIds: [...(sheet[question.id] ?? [])],
      });
    } catch (error) {
      const info = apiErrorInfo(error);
      // The server closed the attempt at its deadline: show the result it scored.
      if (fieldError(info).key === 'timeUp') {
        this.timedOut.set(true);
        await this.showResult(attempt.id);
      } else if (this.phase() === 'taking') {
        this.error.set(info);
      }
    }
  }

  protected onFormSubmit(event: Event): void {
    event.preventDefault();
    void this.submit();
  }

  protected async submit(force = false): Promise<void> {
    const attempt = this.attempt();
    if (!attempt || this.phase() !== 'taking') {
      return;
    }
    if (!force && this.unanswered() > 0 && !this.confirming()) {
      this.confirming.set(true);
      return;
    }
    this.phase.set('submitting');
    this.stopTimer();
    this.error.set(null);
    try {
      const result = await this.attempts.submit(
        attempt.id,
        answersOf(this.sheet(), this.questions()),
      );
      this.finish(result);
    } catch (error) {
      const info = apiErrorInfo(error);
      if (fieldError(info).key === 'alreadySubmitted') {
        await this.showResult(attempt.id);
        return;
      }
      this.error.set(info);
      this.phase.set('taking');
      this.startTimer();
    }
  }

  private async showResult(attemptId: string): Promise<void> {
    this.stopTimer();
    try {
      this.finish(await this.attempts.result(attemptId));
    } catch (error) {
      this.error.set(apiErrorInfo(error));
      this.phase.set('intro');
    }
  }

  private finish(result: AttemptResultItemFragment): void {
    this.result.set(result);
    this.phase.set('result');
    this.confirming.set(false);
    // Attempts left, best score and perhaps the course's completion have changed.
    this.state.reload();
  }

  private startTimer(): void {
    this.stopTimer();
    this.now.set(Date.now());
    if (!this.attempt()?.deadlineAt) {
      return;
    }
    this.timer = setInterval(() => {
      this.now.set(Date.now());
      if (this.remaining() === 0 && this.phase() === 'taking') {
        this.timedOut.set(true);
        void this.submit(true);
      }
    }, 1000);
  }

  private stopTimer(): void {
    if (this.timer !== null) {
      clearInterval(this.timer);
      this.timer = null;
    }
  }
}
