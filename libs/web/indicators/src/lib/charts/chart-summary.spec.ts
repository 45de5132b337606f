import type { IndicatorRowItemFragment, MonthlyTrendItemFragment } from '@lms/web/core';

import { rateSummary, trendSummary } from './chart-summary';
import type { ChartFormat } from './indicator-chart-options';

const format: ChartFormat = {
  percent: (share) => `${Math.round(share * 1000) / 10}%`,
  jp: (value) => String(value),
  month: (period) => `M${period}`,
};

function row(label: string, headcount: number, literacy: number, compliance: number) {
  return {
    key: label,
    label,
    headcount,
    trainedCount: 0,
    certifiedCount: 0,
    literateCount: Math.round(literacy * headcount),
    literacyRate: literacy,
    totalJp: 0,
    jpCompliantCount: Math.round(compliance * headcount),
    jpComplianceRate: compliance,
  } satisfies IndicatorRowItemFragment;
}

describe('rateSummary', () => {
  it('names the highest and lowest group of each measure', () => {
    const rows = [
      row('Dinkes', 10, 0.3, 0.5),
      row('Dispendik', 10, 0.6, 0.1),
      row('BKPSDM', 4, 0.25, 0.75),
    ];
    expect(
      rateSummary(
        rows,
        rows.map((r) => r.label),
        format,
      ),
    ).toEqual([
      {
        key: 'summary.literacyRange',
        params: { high: 'Dispendik', highValue: '60%', low: 'BKPSDM', lowValue: '25%' },
      },
      {
        key: 'summary.complianceRange',
        params: { high: 'BKPSDM', highValue: '75%', low: 'Dispendik', lowValue: '10%' },
      },
    ]);
  });

  it('leaves out groups without employees and keeps the first of equal groups', () => {
    const rows = [row('A', 5, 0.2, 0.2), row('Kosong', 0, 0, 0), row('B', 5, 0.2, 0.4)];
    const [literacy] = rateSummary(rows, ['A', 'Kosong', 'B'], format);
    expect(literacy.params).toEqual({ high: 'A', highValue: '20%', low: 'A', lowValue: '20%' });
  });

  it('uses the display names given for the axis (grades by code)', () => {
    const rows = [row('Penata (III/c)', 3, 0.1, 0), row('Pembina (IV/a)', 3, 0.9, 0)];
    expect(rateSummary(rows, ['III/c', 'IV/a'], format)[0].params['high']).toBe('IV/a');
  });

  it('describes one group in one sentence and an empty scope as such', () => {
    expect(rateSummary([row('Teknis', 8, 0.5, 0.25)], ['Teknis'], format)).toEqual([
      { key: 'summary.single', params: { name: 'Teknis', literacy: '50%', compliance: '25%' } },
    ]);
    expect(rateSummary([row('A', 0, 0, 0)], ['A'], format)).toEqual([
      { key: 'summary.empty', params: {} },
    ]);
  });
});

describe('trendSummary', () => {
  function point(month: number, totalJp: number, extra: Partial<MonthlyTrendItemFragment> = {}) {
    return {
      month,
      period: `2025-${String(month).padStart(2, '0')}`,
      headcount: 200,
      trainedCount: 0,
      learnerCount: 0,
      totalJp,
      cumulativeJp: 0,
      cumulativeTrainedCount: 0,
      cumulativeCompliantCount: 0,
      cumulativeComplianceRate: 0,
      ...extra,
    } satisfies MonthlyTrendItemFragment;
  }

  it('states where the last month stands and the month with the most JP', () => {
    const points = [
      point(1, 336),
      point(2, 218),
      point(3, 138, {
        cumulativeJp: 692,
        cumulativeTrainedCount: 16,
        cumulativeComplianceRate: 0.095,
      }),
    ];
    expect(trendSummary(points, format)).toEqual([
      {
        key: 'summary.trendLatest',
        params: { month: 'M2025-03', compliance: '9.5%', trained: '8%', jp: '692' },
      },
      { key: 'summary.trendBusiest', params: { month: 'M2025-01', jp: '336' } },
    ]);
  });

  it('says nothing about a busiest month when no JP was earned', () => {
    expect(trendSummary([point(1, 0), point(2, 0)], format).map((line) => line.key)).toEqual([
      'summary.trendLatest',
    ]);
    expect(trendSummary([], format)).toEqual([{ key: 'summary.empty', params: {} }]);
  });
});
