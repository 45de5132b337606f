import type { IndicatorRowItemFragment, MonthlyTrendItemFragment } from '@lms/web/core';

import type { CsvColumn } from '../shared/csv';

/** Rates keep four decimals: enough to recompute counts, short enough to read. */
function rate(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}

/** The columns of `IndicatorRow`, named as in the GraphQL schema and the API's own export. */
export const INDICATOR_CSV_COLUMNS: readonly CsvColumn<IndicatorRowItemFragment>[] = [
  { header: 'key', value: (row) => row.key },
  { header: 'label', value: (row) => row.label },
  { header: 'headcount', value: (row) => row.headcount },
  { header: 'trainedCount', value: (row) => row.trainedCount },
  { header: 'certifiedCount', value: (row) => row.certifiedCount },
  { header: 'literateCount', value: (row) => row.literateCount },
  { header: 'literacyRate', value: (row) => rate(row.literacyRate) },
  { header: 'totalJp', value: (row) => row.totalJp },
  { header: 'jpCompliantCount', value: (row) => row.jpCompliantCount },
  { header: 'jpComplianceRate', value: (row) => rate(row.jpComplianceRate) },
];

export const TREND_CSV_COLUMNS: readonly CsvColumn<MonthlyTrendItemFragment>[] = [
  { header: 'period', value: (point) => point.period },
  { header: 'headcount', value: (point) => point.headcount },
  { header: 'learnerCount', value: (point) => point.learnerCount },
  { header: 'trainedCount', value: (point) => point.trainedCount },
  { header: 'totalJp', value: (point) => point.totalJp },
  { header: 'cumulativeJp', value: (point) => point.cumulativeJp },
  { header: 'cumulativeTrainedCount', value: (point) => point.cumulativeTrainedCount },
  { header: 'cumulativeCompliantCount', value: (point) => point.cumulativeCompliantCount },
  { header: 'cumulativeComplianceRate', value: (point) => rate(point.cumulativeComplianceRate) },
];
