import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import {
  type ApiErrorInfo,
  apiErrorInfo,
  type QuestionItemFragment,
  type QuestionKind,
} from '@lms/web/core';

import { QuestionBankService } from '../../data-access/question-bank.service';
import { ApiErrorMessage } from '../../shared/api-error-message';
import { QUESTION_KINDS } from '../../shared/course-options';
import {
  draftOf,
  emptyDraft,
  markCorrect,
  MAX_OPTIONS,
  optionsForKind,
  type QuestionDraft,
  questionProblem,
  toQuestionInput,
} from './question-model';

/** The course's question bank: the tests draw their questions from it. */
@Component({
  selector: 'lib-question-bank-editor',
  imports: [
    ApiErrorMessage,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatRadioModule,
    MatSelectModule,
    TranslocoDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './question-bank-editor.html',
  styleUrl: './question-bank-editor.css',
})
export class QuestionBankEditor {
  readonly courseId = input.required<string>();
  readonly readonly = input(false);
  /** How many questions the bank holds, for the test settings. */
  readonly count = output<number>();

  private readonly bank = inject(QuestionBankService);
  private readonly transloco = inject(TranslocoService);

  protected readonly kinds = QUESTION_KINDS;
  protected readonly maxOptions = MAX_OPTIONS;
  protected readonly questions = rxResource({
    params: () => ({ courseId: this.courseId() }),
    stream: ({ params }) => this.bank.list(params.courseId),
  });
  protected readonly list = computed(() =>
    this.questions.hasValue() ? this.questions.value() : [],
  );
  protected readonly loadError = computed(() => {
    const error = this.questions.error();
    return error ? apiErrorInfo(error) : null;
  });

  /** The question being written: `id` null for a new one. */
  protected readonly editing = signal<{ id: string | null; draft: QuestionDraft } | null>(null);
  protected readonly problem = signal<string | null>(null);
  protected readonly error = signal<ApiErrorInfo | null>(null);
  protected readonly saving = signal(false);
  protected readonly confirmDelete = signal<string | null>(null);

  constructor() {
    effect(() => {
      if (this.questions.hasValue()) {
        this.count.emit(this.questions.value().length);
      }
    });
  }

  protected startNew(): void {
    this.open(null, emptyDraft());
  }

  protected edit(question: QuestionItemFragment): void {
    this.open(question.id, draftOf(question));
  }

  protected cancel(): void {
    this.editing.set(null);
  }

  protected update(change: Partial<QuestionDraft>): void {
    const current = this.editing();
    if (current) {
      this.editing.set({ ...current, draft: { ...current.draft, ...change } });
      this.problem.set(null);
    }
  }

  protected setKind(kind: QuestionKind): void {
    const draft = this.editing()?.draft;
    if (draft) {
      this.update({ kind, options: optionsForKind(draft.options, kind, this.trueFalseLabels()) });
    }
  }

  protected setOptionText(index: number, text: string): void {
    const draft = this.editing()?.draft;
    if (draft) {
      this.update({ options: draft.options.map((o, i) => (i === index ? { ...o, text } : o)) });
    }
  }

  protected setCorrect(index: number, checked = true): void {
    const draft = this.editing()?.draft;
    if (draft) {
      this.update({ options: markCorrect(draft.options, index, draft.kind, checked) });
    }
  }

  protected addOption(): void {
    const draft = this.editing()?.draft;
    if (draft && draft.options.length < MAX_OPTIONS) {
      this.update({ options: [...draft.options, { text: '', correct: false }] });
    }
  }

  protected removeOption(index: number): void {
    const draft = this.editing()?.draft;
    if (draft && draft.options.length > 2) {
      this.update({ options: draft.options.filter((_, i) => i !== index) });
    }
  }

  protected async save(): Promise<void> {
    const editing = this.editing();
    if (!editing || this.saving()) {
      return;
    }
    const problem = questionProblem(editing.draft);
    this.problem.set(problem);
    this.error.set(null);
    if (problem) {
      return;
    }
    this.saving.set(true);
    try {
      const input = toQuestionInput(editing.draft);
      if (editing.id) {
        await this.bank.update(editing.id, input);
      } else {
        await this.bank.create(this.courseId(), input);
      }
      this.editing.set(null);
      this.questions.reload();
    } catch (error) {
      this.error.set(apiErrorInfo(error));
    } finally {
      this.saving.set(false);
    }
  }

  protected async remove(question: QuestionItemFragment): Promise<void> {
    if (this.confirmDelete() !== question.id) {
      this.confirmDelete.set(question.id);
      return;
    }
    this.confirmDelete.set(null);
    this.error.set(null);
    try {
      await this.bank.remove(question.id);
      this.questions.reload();
    } catch (error) {
      this.error.set(apiErrorInfo(error));
    }
  }

  protected asNumber(value: string): number {
    const number = Number(value);
    return Number.isFinite(number) && number >= 1 ? Math.min(100, Math.round(number)) : 1;
  }

  private open(id: string | null, draft: QuestionDraft): void {
    this.problem.set(null);
    this.error.set(null);
    this.editing.set({ id, draft });
  }

  private trueFalseLabels(): { true: string; false: string } {
    return {
      true: this.transloco.translate('learning.questions.true'),
      false: this.transloco.translate('learning.questions.false'),
    };
  }
}
