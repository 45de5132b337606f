import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { MatTableModule } from '@angular/material/table';
import { TranslocoDirective } from '@jsverse/transloco';
import { LanguageService, type MonthlyTrendItemFragment } from '@lms/web/core';

import { formatCount, formatJp, formatMonth, formatPercent } from '../shared/format';

/** The monthly trend's numbers, one row per month. */
@Component({
  selector: 'lib-trend-table',
  imports: [MatTableModule, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t; prefix: 'indicators.table'">
      <div class="table-wrap">
        <table
          mat-table
          [dataSource]="points()"
          [attr.aria-label]="label()"
          class="table"
          data-testid="trend-table"
        >
          <ng-container matColumnDef="month">
            <th mat-header-cell *matHeaderCellDef scope="col">{{ t('month') }}</th>
            <td mat-cell *matCellDef="let p" class="name">{{ month(p.period) }}</td>
          </ng-container>
          <ng-container matColumnDef="learners">
            <th mat-header-cell *matHeaderCellDef scope="col" class="num">{{ t('learners') }}</th>
            <td mat-cell *matCellDef="let p" class="num">{{ count(p.learnerCount) }}</td>
          </ng-container>
          <ng-container matColumnDef="trained">
            <th mat-header-cell *matHeaderCellDef scope="col" class="num">
              {{ t('trainedMonth') }}
            </th>
            <td mat-cell *matCellDef="let p" class="num">{{ count(p.trainedCount) }}</td>
          </ng-container>
          <ng-container matColumnDef="jp">
            <th mat-header-cell *matHeaderCellDef scope="col" class="num">{{ t('jpMonth') }}</th>
            <td mat-cell *matCellDef="let p" class="num">{{ jp(p.totalJp) }}</td>
          </ng-container>
          <ng-container matColumnDef="cumulativeJp">
            <th mat-header-cell *matHeaderCellDef scope="col" class="num">
              {{ t('cumulativeJp') }}
            </th>
            <td mat-cell *matCellDef="let p" class="num">{{ jp(p.cumulativeJp) }}</td>
          </ng-container>
          <ng-container matColumnDef="cumulativeTrained">
            <th mat-header-cell *matHeaderCellDef scope="col" class="num">
              {{ t('cumulativeTrained') }}
            </th>
            <td mat-cell *matCellDef="let p" class="num">{{ count(p.cumulativeTrainedCount) }}</td>
          </ng-container>
          <ng-container matColumnDef="cumulativeCompliance">
            <th mat-header-cell *matHeaderCellDef scope="col" class="num">
              {{ t('cumulativeCompliance') }}
            </th>
            <td mat-cell *matCellDef="let p" class="num strong">
              {{ percent(p.cumulativeComplianceRate) }}
            </td>
          </ng-container>
          <tr mat-header-row *matHeaderRowDef="columns"></tr>
          <tr mat-row *matRowDef="let row; columns: columns" data-testid="trend-row"></tr>
          <tr class="mat-mdc-row" *matNoDataRow>
            <td class="mat-mdc-cell empty" [attr.colspan]="columns.length">{{ t('empty') }}</td>
          </tr>
        </table>
      </div>
    </ng-container>
  `,
  styleUrl: './indicator-table.css',
})
export class TrendTable {
  readonly points = input.required<readonly MonthlyTrendItemFragment[]>();
  readonly label = input.required<string>();

  private readonly language = inject(LanguageService);
  protected readonly columns = [
    'month',
    'learners',
    'trained',
    'jp',
    'cumulativeJp',
    'cumulativeTrained',
    'cumulativeCompliance',
  ];

  protected month(period: string): string {
    return formatMonth(period, this.language.lang());
  }

  protected count(value: number): string {
    return formatCount(value, this.language.lang());
  }

  protected percent(value: number): string {
    return formatPercent(value, this.language.lang());
  }

  protected jp(value: number): string {
    return formatJp(value, this.language.lang());
  }
}
