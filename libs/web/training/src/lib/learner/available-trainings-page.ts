import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { PageHeader } from '@lms/web/ui';

import { TrainingBrowser } from '../list/training-browser';

/** "Jadwal Bimtek" for learners: classes of their region they may register for. */
@Component({
  selector: 'lib-available-trainings-page',
  imports: [MatButtonModule, PageHeader, RouterLink, TrainingBrowser, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t; prefix: 'training'">
      <lib-page-header [heading]="t('available.heading')" [subheading]="t('available.subheading')">
        <a mat-stroked-button routerLink="/bimtek-saya">{{ t('available.toMine') }}</a>
      </lib-page-header>
      <lib-training-browser audience="learner" [linkBase]="['/jadwal-bimtek']" />
    </ng-container>
  `,
})
export class AvailableTrainingsPage {}
