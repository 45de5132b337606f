import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { Role } from '@lms/shared/domain';
import { SessionStore } from '@lms/web/core';
import { PageHeader } from '@lms/web/ui';

import { TrainingBrowser } from './training-browser';

/** "Bimtek" for staff: the classes they run or teach; organizers schedule new ones from here. */
@Component({
  selector: 'lib-training-list-page',
  imports: [
    MatButtonModule,
    MatIconModule,
    PageHeader,
    RouterLink,
    TrainingBrowser,
    TranslocoDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t; prefix: 'training'">
      <lib-page-header [heading]="t('list.heading')" [subheading]="t('list.subheading')">
        @if (canSchedule()) {
          <a mat-flat-button routerLink="/bimtek/baru" data-testid="schedule-training">
            <mat-icon svgIcon="add" aria-hidden="true" />
            {{ t('list.schedule') }}
          </a>
        }
      </lib-page-header>
      <lib-training-browser audience="staff" [linkBase]="['/bimtek']" />
    </ng-container>
  `,
})
export class TrainingListPage {
  private readonly session = inject(SessionStore);

  protected readonly canSchedule = computed(() =>
    this.session.hasAnyRole([Role.ADMIN, Role.ORGANIZER]),
  );
}
