import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { Router, RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import type { CourseSummaryFragment } from '@lms/web/core';
import { PageHeader } from '@lms/web/ui';

import { CourseForm } from './course-form/course-form';

/** A new draft course; its editor opens once it is saved. */
@Component({
  selector: 'lib-new-course-page',
  imports: [
    CourseForm,
    MatButtonModule,
    MatCardModule,
    MatIconModule,
    PageHeader,
    RouterLink,
    TranslocoDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t; prefix: 'learning'">
      <a mat-button routerLink="/kursus" class="back">
        <mat-icon svgIcon="back" aria-hidden="true" />
        {{ t('editor.back') }}
      </a>
      <lib-page-header
        [heading]="t('editor.newHeading')"
        [subheading]="t('editor.newSubheading')"
      />
      <mat-card appearance="outlined">
        <mat-card-content>
          <lib-course-form (saved)="created($event)" />
        </mat-card-content>
      </mat-card>
    </ng-container>
  `,
  styles: `
    .back {
      margin: -8px 0 8px -12px;
    }
    mat-card-content {
      padding-top: 16px;
    }
  `,
})
export class NewCoursePage {
  private readonly router = inject(Router);

  protected created(course: CourseSummaryFragment): void {
    void this.router.navigate(['/kursus', course.id]);
  }
}
