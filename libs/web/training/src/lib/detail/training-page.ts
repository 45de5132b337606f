import { ChangeDetectionStrategy, Component, computed, effect, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTabsModule } from '@angular/material/tabs';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { Role } from '@lms/shared/domain';
import { apiErrorInfo, LanguageService, SessionStore } from '@lms/web/core';
import { PageHeader } from '@lms/web/ui';

import { TrainingErrorMessage } from '../shared/api-error-message';
import { TrainingFacts } from '../shared/training-facts';
import { TrainingStatusPill } from '../shared/training-status';
import { InstructorsDialog, type InstructorsDialogData } from './instructors-dialog';
import { TrainingContext } from './training-context';

interface Tab {
  path: string;
  labelKey: string;
  testId: string;
}

/**
 * A class's page for staff: what, when, where and how full (with its instructors and agency
 * quotas), then tabs for the roster, the attendance sheet, the completion step and (for
 * organizers) the certificates. Organizers change a scheduled class's instructors here.
 */
@Component({
  selector: 'lib-training-page',
  imports: [
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    MatTabsModule,
    PageHeader,
    RouterLink,
    RouterLinkActive,
    RouterOutlet,
    TrainingErrorMessage,
    TrainingFacts,
    TrainingStatusPill,
    TranslocoDirective,
  ],
  providers: [TrainingContext],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './training-page.html',
  styleUrl: './training-page.css',
})
export class TrainingPage {
  readonly trainingId = input.required<string>();

  private readonly context = inject(TrainingContext);
  private readonly session = inject(SessionStore);
  private readonly dialog = inject(MatDialog);
  protected readonly language = inject(LanguageService);

  protected readonly detail = this.context.detail;
  protected readonly training = computed(() =>
    this.detail.hasValue() ? this.detail.value() : null,
  );
  protected readonly error = computed(() => {
    const error = this.detail.error();
    return error ? apiErrorInfo(error) : null;
  });
  private readonly manager = computed(() => this.session.hasAnyRole([Role.ADMIN, Role.ORGANIZER]));
  protected readonly canEditInstructors = computed(
    () => this.manager() && this.training()?.status === 'SCHEDULED',
  );
  protected readonly tabs = computed<Tab[]>(() => {
    const manager = this.manager();
    return [
      { path: 'peserta', labelKey: 'tabs.roster', testId: 'tab-roster' },
      { path: 'presensi', labelKey: 'tabs.attendance', testId: 'tab-attendance' },
      ...(manager
        ? [
            { path: 'penyelesaian', labelKey: 'tabs.completion', testId: 'tab-completion' },
            { path: 'sertifikat', labelKey: 'tabs.certificates', testId: 'tab-certificates' },
          ]
        : []),
    ];
  });

  constructor() {
    effect(() => this.context.id.set(this.trainingId()));
  }

  protected editInstructors(): void {
    const training = this.training();
    if (!training) return;
    const data: InstructorsDialogData = {
      trainingId: training.id,
      regionId: training.regionId,
      instructorIds: training.instructors.map((i) => i.id),
    };
    this.dialog
      .open(InstructorsDialog, { data, autoFocus: 'dialog' })
      .afterClosed()
      .subscribe((saved) => {
        if (saved) this.context.reload();
      });
  }
}
