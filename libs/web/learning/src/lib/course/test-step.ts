import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import {
  type AssessmentSettingsItemFragment,
  LanguageService,
  type LearnerAssessmentItemFragment,
} from '@lms/web/core';

import { formatScore } from '../shared/format';

/** A pre-test or post-test in a course's outline: its rules and the learner's standing in it. */
@Component({
  selector: 'lib-test-step',
  imports: [MatButtonModule, MatIconModule, RouterLink, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t; prefix: 'learning.test'">
      @let s = settings();
      @let st = state();
      <div class="step" [attr.data-testid]="'course-test-' + s.kind">
        <mat-icon
          class="icon"
          [class.ok]="st?.passed"
          [svgIcon]="st?.passed ? 'check' : 'quiz'"
          aria-hidden="true"
        />
        <div class="text">
          <h3 class="name">{{ t(s.kind === 'PRE' ? 'preTest' : 'postTest') }}</h3>
          <p class="rules">
            {{ t('rules', { count: s.questionCount, passing: s.passingScore }) }}
            @if (s.timeLimitMinutes) {
              · {{ t('minutes', { minutes: s.timeLimitMinutes }) }}
            }
            @if (s.maxAttempts) {
              · {{ t('maxAttempts', { count: s.maxAttempts }) }}
            }
          </p>
          @if (st) {
            <p class="status" [attr.data-testid]="'course-test-status-' + s.kind">
              @if (st.openAttemptId) {
                {{ t('inProgress') }}
              } @else if (st.attemptsUsed === 0) {
                {{ t('notTaken') }}
              } @else {
                {{ t('best', { score: best() }) }} ·
                {{ st.passed ? t('passed') : t('notPassed') }}
                @if (st.attemptsLeft !== null) {
                  · {{ t('attemptsLeft', { count: st.attemptsLeft }) }}
                }
              }
            </p>
          }
        </div>
        @if (link(); as link) {
          @if (canTake()) {
            <a
              mat-stroked-button
              [routerLink]="link"
              [attr.data-testid]="'course-test-open-' + s.kind"
            >
              {{ st?.openAttemptId ? t('resume') : st?.attemptsUsed ? t('retake') : t('take') }}
            </a>
          }
        }
      </div>
    </ng-container>
  `,
  styles: `
    .step {
      display: flex;
      align-items: center;
      gap: 16px;
      padding: 12px 16px;
    }
    .icon {
      flex: none;
      color: var(--mat-sys-primary);
    }
    .icon.ok {
      color: var(--lms-success);
    }
    .text {
      flex: 1;
    }
    .name {
      margin: 0;
      font: var(--mat-sys-title-small);
    }
    .rules,
    .status {
      margin: 2px 0 0;
      font-size: 0.875rem;
      color: var(--mat-sys-on-surface-variant);
    }
    .status {
      color: var(--mat-sys-on-surface);
    }
  `,
})
export class TestStep {
  readonly settings = input.required<AssessmentSettingsItemFragment>();
  readonly state = input<LearnerAssessmentItemFragment | null>(null);
  /** The test page, or null when the test cannot be opened here (preview, not enrolled). */
  readonly link = input<readonly string[] | null>(null);

  private readonly language = inject(LanguageService);
  protected readonly best = computed(() =>
    formatScore(this.state()?.bestScore ?? 0, this.language.lang()),
  );
  protected readonly canTake = computed(() => {
    const state = this.state();
    if (!state) {
      return false;
    }
    if (state.openAttemptId) {
      return true;
    }
    if (state.kind === 'POST' && state.passed) {
      return false;
    }
    if (state.kind === 'PRE' && state.attemptsUsed > 0) {
      return false;
    }
    return state.attemptsLeft === null || state.attemptsLeft > 0;
  });
}
