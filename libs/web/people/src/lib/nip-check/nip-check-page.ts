import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { TranslocoDirective } from '@jsverse/transloco';
import { NipCheckField, PageHeader } from '@lms/web/ui';

@Component({
  selector: 'lib-nip-check-page',
  imports: [MatCardModule, NipCheckField, PageHeader, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t; prefix: 'people.nipCheck'">
      <lib-page-header [heading]="t('heading')" [subheading]="t('subheading')" />
      <div class="layout">
        <mat-card appearance="outlined" class="card">
          <mat-card-content>
            <lib-nip-check-field />
          </mat-card-content>
        </mat-card>
        <aside class="structure" [attr.aria-labelledby]="'nip-structure-heading'">
          <h2 id="nip-structure-heading">{{ t('structureHeading') }}</h2>
          <ol>
            <li>{{ t('structure1') }}</li>
            <li>{{ t('structure2') }}</li>
            <li>{{ t('structure3') }}</li>
            <li>{{ t('structure4') }}</li>
          </ol>
        </aside>
      </div>
    </ng-container>
  `,
  styles: `
    .layout {
      display: grid;
      grid-template-columns: minmax(0, 2fr) minmax(0, 1fr);
      gap: 24px;
      align-items: start;
    }
    @media (max-width: 960px) {
      .layout {
        grid-template-columns: minmax(0, 1fr);
      }
    }
    .card {
      padding-top: 16px;
    }
    .structure h2 {
      margin: 0 0 8px;
      font: var(--mat-sys-title-medium);
    }
    .structure ol {
      margin: 0;
      padding-left: 20px;
      color: var(--mat-sys-on-surface-variant);
    }
    .structure li + li {
      margin-top: 6px;
    }
  `,
})
export class NipCheckPage {}
