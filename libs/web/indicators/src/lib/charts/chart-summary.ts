import type { IndicatorRowItemFragment, MonthlyTrendItemFragment } from '@lms/web/core';

import type { ChartFormat } from './indicator-chart-options';

/** One sentence of a chart's text summary: a dictionary key and its already formatted values. */
export interface SummaryLine {
  key: string;
  params: Record<string, string>;
}

type Measure = 'literacyRate' | 'jpComplianceRate';

function extremes(
  rows: readonly IndicatorRowItemFragment[],
  names: readonly string[],
  measure: Measure,
): { high: { name: string; value: number }; low: { name: string; value: number } } | null {
  // Groups without employees have no rate to compare.
  const candidates = rows
    .map((row, index) => ({
      name: names[index] ?? row.label,
      value: row[measure],
      headcount: row.headcount,
    }))
    .filter((row) => row.headcount > 0);
  if (candidates.length === 0) {
    return null;
  }
  let high = candidates[0];
  let low = candidates[0];
  for (const candidate of candidates) {
    if (candidate.value > high.value) high = candidate;
    if (candidate.value < low.value) low = candidate;
  }
  return { high, low };
}

/**
 * What a person who cannot see the bars needs first: the groups with the highest and the lowest
 * literacy rate and JP compliance, ties going to the first group in the table.
 */
export function rateSummary(
  rows: readonly IndicatorRowItemFragment[],
  names: readonly string[],
  format: ChartFormat,
): SummaryLine[] {
  const literacy = extremes(rows, names, 'literacyRate');
  const compliance = extremes(rows, names, 'jpComplianceRate');
  if (!literacy || !compliance) {
    return [{ key: 'summary.empty', params: {} }];
  }
  if (rows.filter((row) => row.headcount > 0).length === 1) {
    return [
      {
        key: 'summary.single',
        params: {
          name: literacy.high.name,
          literacy: format.percent(literacy.high.value),
          compliance: format.percent(compliance.high.value),
        },
      },
    ];
  }
  return [
    {
      key: 'summary.literacyRange',
      params: {
        high: literacy.high.name,
        highValue: format.percent(literacy.high.value),
        low: literacy.low.name,
        lowValue: format.percent(literacy.low.value),
      },
    },
    {
      key: 'summary.complianceRange',
      params: {
        high: compliance.high.name,
        highValue: format.percent(compliance.high.value),
        low: compliance.low.name,
        lowValue: format.percent(compliance.low.value),
      },
    },
  ];
}

/** Where the year stands in its last month shown, and the month with the most JP. */
export function trendSummary(
  points: readonly MonthlyTrendItemFragment[],
  format: ChartFormat,
): SummaryLine[] {
  const last = points[points.length - 1];
  if (!last || last.headcount === 0) {
    return [{ key: 'summary.empty', params: {} }];
  }
  let busiest = points[0];
  for (const point of points) {
    if (point.totalJp > busiest.totalJp) busiest = point;
  }
  const lines: SummaryLine[] = [
    {
      key: 'summary.trendLatest',
      params: {
        month: format.month(last.period),
        compliance: format.percent(last.cumulativeComplianceRate),
        trained: format.percent(last.cumulativeTrainedCount / last.headcount),
        jp: format.jp(last.cumulativeJp),
      },
    },
  ];
  if (busiest.totalJp > 0) {
    lines.push({
      key: 'summary.trendBusiest',
      params: { month: format.month(busiest.period), jp: format.jp(busiest.totalJp) },
    });
  }
  return lines;
}
