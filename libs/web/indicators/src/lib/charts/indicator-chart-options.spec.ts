import type { IndicatorRowItemFragment, MonthlyTrendItemFragment } from '@lms/web/core';

import { CHART_COLORS } from './chart-option';
import {
  type ChartFormat,
  escapeHtml,
  horizontalChartHeight,
  rateBarOption,
  shortLabel,
  trendOption,
} from './indicator-chart-options';

const format: ChartFormat = {
  percent: (share) => `${Math.round(share * 1000) / 10}%`,
  jp: (value) => `${value} JP`,
  month: (period) => `M${period}`,
};

const rows: IndicatorRowItemFragment[] = [
  {
    key: 'a1',
    label: 'Dinas <Kesehatan>',
    headcount: 11,
    trainedCount: 3,
    certifiedCount: 1,
    literateCount: 3,
    literacyRate: 3 / 11,
    totalJp: 100,
    jpCompliantCount: 2,
    jpComplianceRate: 2 / 11,
  },
  {
    key: 'a2',
    label: 'Inspektorat Daerah',
    headcount: 12,
    trainedCount: 6,
    certifiedCount: 0,
    literateCount: 6,
    literacyRate: 0.5,
    totalJp: 172,
    jpCompliantCount: 3,
    jpComplianceRate: 0.25,
  },
];

type Series = { name: string; data: number[]; itemStyle: { color: string } };
type Axis = { type: string; data?: string[]; max?: number };

describe('rateBarOption', () => {
  it('draws both rates as percentages with one decimal, in the chart colours', () => {
    const option = rateBarOption(
      rows,
      ['Dinkes', 'Inspektorat'],
      { literacy: 'L', compliance: 'K' },
      format,
      false,
    );
    const series = option.series as Series[];
    expect(series.map((s) => s.name)).toEqual(['L', 'K']);
    expect(series[0].data).toEqual([27.3, 50]);
    expect(series[1].data).toEqual([18.2, 25]);
    expect(series.map((s) => s.itemStyle.color)).toEqual([
      CHART_COLORS.literacy,
      CHART_COLORS.compliance,
    ]);
    expect((option.xAxis as Axis).data).toEqual(['Dinkes', 'Inspektorat']);
    expect((option.yAxis as Axis).max).toBe(100);
  });

  it('puts the groups on the vertical axis, cut to fit, when horizontal', () => {
    const long = 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu';
    const option = rateBarOption(
      rows,
      [long, 'Inspektorat'],
      { literacy: 'L', compliance: 'K' },
      format,
      true,
    );
    expect((option.yAxis as Axis).type).toBe('category');
    expect((option.yAxis as Axis).data?.[0]).toBe(shortLabel(long));
    expect((option.xAxis as Axis).type).toBe('value');
  });

  it('escapes the group names in the tooltip and shows the full name with both rates', () => {
    const option = rateBarOption(
      rows,
      rows.map((r) => r.label),
      { literacy: 'L', compliance: 'K' },
      format,
      true,
    );
    const formatter = (option.tooltip as { formatter: (p: unknown) => string }).formatter;
    const html = formatter([
      { dataIndex: 0, marker: '●' },
      { dataIndex: 0, marker: '■' },
    ]);
    expect(html).toContain('<b>Dinas &lt;Kesehatan&gt;</b>');
    expect(html).toContain('● L: <b>27.3%</b>');
    expect(html).toContain('■ K: <b>18.2%</b>');
  });
});

describe('shortLabel and heights', () => {
  it('cuts long labels with an ellipsis and keeps short ones', () => {
    expect(shortLabel('Inspektorat Daerah')).toBe('Inspektorat Daerah');
    const cut = shortLabel('Badan Perencanaan Pembangunan Daerah', 20);
    expect(cut).toHaveLength(20);
    expect(cut.endsWith('…')).toBe(true);
  });

  it('gives each agency a band and never collapses below a readable height', () => {
    expect(horizontalChartHeight(0)).toBe(240);
    expect(horizontalChartHeight(18)).toBe(72 + 18 * 44);
  });

  it('escapes HTML', () => {
    expect(escapeHtml(`<img src=x onerror="a">&`)).toBe(
      '&lt;img src=x onerror=&quot;a&quot;&gt;&amp;',
    );
  });
});

describe('trendOption', () => {
  const points: MonthlyTrendItemFragment[] = [
    {
      month: 1,
      period: '2025-01',
      headcount: 200,
      trainedCount: 6,
      learnerCount: 12,
      totalJp: 336,
      cumulativeJp: 336,
      cumulativeTrainedCount: 6,
      cumulativeCompliantCount: 10,
      cumulativeComplianceRate: 0.05,
    },
    {
      month: 2,
      period: '2025-02',
      headcount: 0,
      trainedCount: 0,
      learnerCount: 0,
      totalJp: 0,
      cumulativeJp: 336,
      cumulativeTrainedCount: 0,
      cumulativeCompliantCount: 0,
      cumulativeComplianceRate: 0,
    },
  ];

  it('plots JP per month on the right axis and the cumulative shares as percentages', () => {
    const option = trendOption(points, { compliance: 'C', trained: 'T', jp: 'J' }, format);
    const series = option.series as (Series & { type: string; yAxisIndex?: number })[];
    expect(series.map((s) => [s.type, s.name])).toEqual([
      ['bar', 'J'],
      ['line', 'C'],
      ['line', 'T'],
    ]);
    expect(series[0].yAxisIndex).toBe(1);
    expect(series[0].data).toEqual([336, 0]);
    expect(series[1].data).toEqual([5, 0]);
    // 6 of 200 trained; a month without headcount is 0, not NaN.
    expect(series[2].data).toEqual([3, 0]);
    expect((option.xAxis as Axis).data).toEqual(['M2025-01', 'M2025-02']);
  });
});
