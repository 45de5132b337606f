import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import { type ApiErrorInfo, apiErrorInfo, LanguageService } from '@lms/web/core';
import { PageHeader } from '@lms/web/ui';

import { LearnerTrainingService } from '../data-access/learner-training.service';
import { TrainingErrorMessage } from '../shared/api-error-message';
import { TrainingFacts } from '../shared/training-facts';
import { formatDay, formatMoment, todayIn } from '../shared/training-format';
import { TrainingStatusPill } from '../shared/training-status';
import { learnerActions } from './learner-status';

/**
 * A class as a learner sees it: the facts, their own place (and waitlist position), registering
 * or leaving, and checking in with the day's code (filled in when they scanned the room's QR).
 */
@Component({
  selector: 'lib-learner-training-page',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    PageHeader,
    ReactiveFormsModule,
    RouterLink,
    TrainingErrorMessage,
    TrainingFacts,
    TrainingStatusPill,
    TranslocoDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './learner-training-page.html',
  styleUrl: './learner-training-page.css',
})
export class LearnerTrainingPage {
  readonly trainingId = input.required<string>();
  /** `?kode=` from the room's QR code. */
  readonly kode = input<string | undefined>();

  private readonly service = inject(LearnerTrainingService);
  private readonly language = inject(LanguageService);
  private readonly transloco = inject(TranslocoService);

  protected readonly view = rxResource({
    params: () => this.trainingId(),
    stream: ({ params }) => this.service.training(params),
  });
  protected readonly training = computed(() => (this.view.hasValue() ? this.view.value() : null));
  protected readonly loadError = computed(() => {
    const error = this.view.error();
    return error ? apiErrorInfo(error) : null;
  });
  protected readonly mine = computed(() => this.training()?.myEnrollment ?? null);
  protected readonly actions = computed(() => {
    const tr = this.training();
    return tr ? learnerActions(tr, this.mine(), todayIn(tr.timeZone)) : null;
  });
  protected readonly myDays = computed(() => {
    const tr = this.training();
    const mine = this.mine();
    const lang = this.language.lang();
    if (!tr || !mine) return [];
    return tr.sessions.map((s) => ({
      id: s.id,
      label: formatDay(s.date, lang, 'full'),
      present: s.attendance.some((m) => m.enrollmentId === mine.id && m.present),
      recorded: s.attendance.some((m) => m.enrollmentId === mine.id),
    }));
  });
  protected readonly cancelledAt = computed(() => {
    const tr = this.training();
    const mine = this.mine();
    return tr && mine?.cancelledAt
      ? formatMoment(mine.cancelledAt, tr.timeZone, this.language.lang())
      : null;
  });

  protected readonly code = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, Validators.maxLength(20)],
  });
  protected readonly busy = signal(false);
  protected readonly error = signal<ApiErrorInfo | null>(null);
  protected readonly notice = signal<string | null>(null);

  constructor() {
    effect(() => {
      const kode = this.kode();
      if (kode) untracked(() => this.code.setValue(kode.trim().toUpperCase()));
    });
  }

  protected register(): Promise<void> {
    return this.run(async (id) => {
      const e = await this.service.register(id);
      return this.text(`learner.registered.${e.status}`, { position: e.waitlistPosition ?? '' });
    });
  }

  protected withdraw(): Promise<void> {
    return this.run(async (id) => {
      await this.service.withdraw(id);
      return this.text('learner.withdrawn');
    });
  }

  protected checkIn(): Promise<void> {
    if (this.code.invalid) {
      this.code.markAsTouched();
      return Promise.resolve();
    }
    return this.run(async (id) => {
      await this.service.checkIn(id, this.code.value.trim());
      this.code.reset();
      return this.text('learner.checkedIn');
    });
  }

  private async run(action: (trainingId: string) => Promise<string>): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    this.notice.set(null);
    try {
      this.notice.set(await action(this.trainingId()));
    } catch (error) {
      this.error.set(apiErrorInfo(error));
    } finally {
      this.busy.set(false);
      this.view.reload();
    }
  }

  private text(key: string, params: Record<string, unknown> = {}): string {
    return this.transloco.translate(`training.${key}`, params);
  }
}
