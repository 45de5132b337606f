import { IndicatorRow } from '../literacy/indicator-row.model';
import { toCsv } from './csv-writer';

/** The columns of `IndicatorRow`, named as in the GraphQL schema. */
export const INDICATOR_CSV_COLUMNS = [
  'key',
  'label',
  'headcount',
  'trainedCount',
  'certifiedCount',
  'literateCount',
  'literacyRate',
  'totalJp',
  'jpCompliantCount',
  'jpComplianceRate',
] as const;

export function indicatorRowsCsv(rows: IndicatorRow[]): string {
  return toCsv(
    INDICATOR_CSV_COLUMNS,
    rows.map((r) => INDICATOR_CSV_COLUMNS.map((c) => r[c])),
  );
}
