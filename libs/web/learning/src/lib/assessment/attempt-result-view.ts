import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoDirective } from '@jsverse/transloco';
import { type AttemptResultItemFragment, LanguageService } from '@lms/web/core';

import { formatScore } from '../shared/format';

interface ResultRow {
  number: number;
  text: string;
  correct: boolean;
  chosen: string[];
  /** Null when the test does not reveal the correct options. */
  expected: string[] | null;
}

/** The scored attempt: the score against the passing score and each question's outcome. */
@Component({
  selector: 'lib-attempt-result-view',
  imports: [MatIconModule, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './attempt-result-view.html',
  styleUrl: './attempt-result-view.css',
})
export class AttemptResultView {
  readonly result = input.required<AttemptResultItemFragment>();

  private readonly language = inject(LanguageService);

  protected readonly score = computed(() => formatScore(this.result().score, this.language.lang()));
  protected readonly passing = computed(() =>
    formatScore(this.result().passingScore, this.language.lang()),
  );
  protected readonly rows = computed<ResultRow[]>(() => {
    const result = this.result();
    const optionText = new Map(
      result.attempt.questions.flatMap((q) => q.options.map((o) => [o.id, o.text] as const)),
    );
    const texts = (ids: readonly string[]) => ids.map((id) => optionText.get(id) ?? id);
    return [...result.items]
      .sort((a, b) => a.position - b.position)
      .map((item, index) => ({
        number: index + 1,
        text: item.text,
        correct: item.correct,
        chosen: texts(item.selectedOptionIds),
        expected: item.correctOptionIds ? texts(item.correctOptionIds) : null,
      }));
  });
  protected readonly correctCount = computed(() => this.rows().filter((r) => r.correct).length);
}
