import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import { Role } from '@lms/shared/domain';
import {
  type ApiErrorInfo,
  apiErrorInfo,
  type RosterEnrollmentFragment,
  SessionStore,
} from '@lms/web/core';
import { firstValueFrom, of } from 'rxjs';

import { RosterService } from '../data-access/roster.service';
import { TrainingContext } from '../detail/training-context';
import { TrainingErrorMessage } from '../shared/api-error-message';
import { downloadText } from '../shared/download-text';
import { ReasonDialog, type ReasonDialogData } from '../shared/reason-dialog';
import { TrainingStatusPill } from '../shared/training-status';
import { groupRoster, parseNips, rosterFileName } from './roster-model';

type Decision = 'approve' | 'reject' | 'cancel' | 'promote';

/**
 * The organizer's roster: nominate by NIP, decide requests, promote from the waitlist, cancel a
 * seat (the first waitlisted then moves up on the server), export the CSV.
 */
@Component({
  selector: 'lib-roster-page',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    ReactiveFormsModule,
    TrainingErrorMessage,
    TrainingStatusPill,
    TranslocoDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './roster-page.html',
  styleUrl: './roster-page.css',
})
export class RosterPage {
  private readonly context = inject(TrainingContext);
  private readonly rosterService = inject(RosterService);
  private readonly session = inject(SessionStore);
  private readonly dialog = inject(MatDialog);
  private readonly transloco = inject(TranslocoService);
  private readonly document = inject(DOCUMENT);

  protected readonly roster = rxResource({
    params: () => this.context.id() ?? undefined,
    stream: ({ params }) => (params ? this.rosterService.roster(params) : of(null)),
  });
  protected readonly canManage = computed(() =>
    this.session.hasAnyRole([Role.ADMIN, Role.ORGANIZER]),
  );
  protected readonly open = computed(() => {
    const roster = this.roster.hasValue() ? this.roster.value() : null;
    return roster?.status === 'SCHEDULED';
  });
  protected readonly groups = computed(() =>
    groupRoster(this.roster.hasValue() ? (this.roster.value()?.enrollments ?? []) : []),
  );
  protected readonly loadError = computed(() => {
    const error = this.roster.error();
    return error ? apiErrorInfo(error) : null;
  });

  protected readonly nips = new FormControl('', { nonNullable: true });
  protected readonly busy = signal(false);
  protected readonly error = signal<ApiErrorInfo | null>(null);
  protected readonly notice = signal<string | null>(null);

  protected async enroll(): Promise<void> {
    const trainingId = this.context.id();
    const nips = parseNips(this.nips.value);
    if (!trainingId || !nips.length || this.busy()) return;
    await this.run(async () => {
      const result = await this.rosterService.enroll(trainingId, nips);
      this.nips.reset();
      const confirmed = result.filter((e) => e.status === 'CONFIRMED').length;
      const waitlisted = result.filter((e) => e.status === 'WAITLISTED').length;
      return this.text('roster.enrolled', { confirmed, waitlisted });
    });
  }

  protected async decide(decision: Decision, enrollment: RosterEnrollmentFragment): Promise<void> {
    let reason: string | null = null;
    if (decision === 'cancel' || decision === 'reject') {
      const answer = await this.askReason(decision, enrollment);
      if (answer === undefined) return;
      reason = answer || null;
    }
    const name = enrollment.employee.fullName;
    await this.run(async () => {
      switch (decision) {
        case 'approve': {
          const e = await this.rosterService.approve(enrollment.id);
          return this.text(
            e.status === 'CONFIRMED' ? 'roster.approvedConfirmed' : 'roster.approvedWaitlisted',
            { name },
          );
        }
        case 'reject':
          await this.rosterService.reject(enrollment.id, reason);
          return this.text('roster.rejected', { name });
        case 'promote':
          await this.rosterService.promote(enrollment.id);
          return this.text('roster.promoted', { name });
        case 'cancel':
          await this.rosterService.cancel(enrollment.id, reason);
          return this.text('roster.cancelled', { name });
      }
    });
  }

  protected async exportCsv(): Promise<void> {
    const trainingId = this.context.id();
    const training = this.context.detail.hasValue() ? this.context.detail.value() : null;
    if (!trainingId) return;
    this.error.set(null);
    try {
      const csv = await this.rosterService.csv(trainingId);
      downloadText(
        this.document,
        csv,
        rosterFileName(training?.title ?? ''),
        'text/csv;charset=utf-8',
      );
    } catch (error) {
      this.error.set(apiErrorInfo(error));
    }
  }

  private async askReason(
    decision: 'cancel' | 'reject',
    enrollment: RosterEnrollmentFragment,
  ): Promise<string | undefined> {
    const name = enrollment.employee.fullName;
    const data: ReasonDialogData = {
      title: this.text(`roster.${decision}Title`, { name }),
      message: this.text(`roster.${decision}Message`, { name }),
      confirm: this.text(`roster.${decision}Confirm`),
      reasonLabel: this.text('roster.reason'),
      reasonRequired: false,
    };
    const ref = this.dialog.open<ReasonDialog, ReasonDialogData, string>(ReasonDialog, {
      data,
      width: '480px',
    });
    return firstValueFrom(ref.afterClosed());
  }

  /** Runs one roster change, then reloads the roster and the class's seat counts. */
  private async run(action: () => Promise<string>): Promise<void> {
    this.busy.set(true);
    this.error.set(null);
    this.notice.set(null);
    try {
      this.notice.set(await action());
    } catch (error) {
      this.error.set(apiErrorInfo(error));
    } finally {
      this.busy.set(false);
      this.roster.reload();
      this.context.reload();
    }
  }

  private text(key: string, params: Record<string, unknown> = {}): string {
    return this.transloco.translate(`training.${key}`, params);
  }
}
