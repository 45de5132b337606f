import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { MatSortModule, type Sort } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { TranslocoDirective } from '@jsverse/transloco';
import type { IndicatorRowItemFragment } from '@lms/web/core';
import { LanguageService } from '@lms/web/core';

import { formatCount, formatJp, formatPercent, localeOf } from '../shared/format';
import { sortRows, type TableSort, UNSORTED } from './table-sort';

type Row = IndicatorRowItemFragment;

function columnValue(row: Row, column: string): string | number {
  switch (column) {
    case 'label':
      return row.label;
    case 'headcount':
      return row.headcount;
    case 'trained':
      return row.trainedCount;
    case 'certified':
      return row.certifiedCount;
    case 'literacyRate':
      return row.literacyRate;
    case 'totalJp':
      return row.totalJp;
    case 'compliant':
      return row.jpCompliantCount;
    case 'complianceRate':
      return row.jpComplianceRate;
    default:
      return '';
  }
}

/** The numbers under a chart: one row per group, sortable by any column. */
@Component({
  selector: 'lib-indicator-table',
  imports: [MatSortModule, MatTableModule, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './indicator-table.html',
  styleUrl: './indicator-table.css',
})
export class IndicatorTable {
  readonly rows = input.required<readonly Row[]>();
  /** Header of the first column: agency, competency or grade. */
  readonly groupHeader = input.required<string>();
  readonly label = input.required<string>();
  readonly testId = input('indicator-table');

  private readonly language = inject(LanguageService);
  protected readonly columns = [
    'label',
    'headcount',
    'trained',
    'certified',
    'literacyRate',
    'totalJp',
    'compliant',
    'complianceRate',
  ];
  protected readonly sort = signal<TableSort>(UNSORTED);
  protected readonly sorted = computed(() =>
    sortRows(this.rows(), this.sort(), columnValue, localeOf(this.language.lang())),
  );

  protected onSort(sort: Sort): void {
    this.sort.set({ active: sort.active, direction: sort.direction });
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
