import type { IndicatorRowItemFragment, MonthlyTrendItemFragment } from '@lms/web/core';

import type { ChartOption } from './chart-option';
import { CHART_COLORS } from './chart-option';

/** Long agency names are cut on the axis; the tooltip and the table carry the full name. */
export const AXIS_LABEL_MAX = 28;

export interface RateSeriesLabels {
  literacy: string;
  compliance: string;
}

export interface TrendSeriesLabels {
  compliance: string;
  trained: string;
  jp: string;
}

/** How a chart shows numbers in the UI language. */
export interface ChartFormat {
  percent: (share: number) => string;
  jp: (value: number) => string;
  month: (period: string) => string;
}

export function shortLabel(label: string, max = AXIS_LABEL_MAX): string {
  return label.length > max ? `${label.slice(0, max - 1).trimEnd()}…` : label;
}

/** Shares as percentages with one decimal, the unit both axes and tooltips show. */
function percentValue(share: number): number {
  return Math.round(share * 1000) / 10;
}

const axisText = { color: CHART_COLORS.axis, fontSize: 12 };

function tooltipRows(
  title: string,
  items: readonly { marker: string; name: string; value: string }[],
): string {
  // Labels come from the API (agency names): escape them, the tooltip renders HTML.
  const lines = items.map(
    (item) => `${item.marker} ${escapeHtml(item.name)}: <b>${item.value}</b>`,
  );
  return [`<b>${escapeHtml(title)}</b>`, ...lines].join('<br/>');
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

interface AxisTooltipParam {
  axisValueLabel?: string;
  dataIndex: number;
  seriesName?: string;
  marker?: unknown;
  value?: unknown;
}

/**
 * Literacy rate and JP compliance side by side for each group. `horizontal` puts the groups on the
 * vertical axis (for many, long agency names); otherwise they run along the bottom.
 */
export function rateBarOption(
  rows: readonly IndicatorRowItemFragment[],
  names: readonly string[],
  labels: RateSeriesLabels,
  format: ChartFormat,
  horizontal: boolean,
): ChartOption {
  const categoryAxis = {
    type: 'category' as const,
    data: names.map((name) => (horizontal ? shortLabel(name) : name)),
    inverse: horizontal,
    axisLabel: { ...axisText, interval: 0, hideOverlap: !horizontal },
    axisLine: { lineStyle: { color: CHART_COLORS.axis } },
    axisTick: { show: false },
  };
  const valueAxis = {
    type: 'value' as const,
    min: 0,
    max: 100,
    axisLabel: { ...axisText, formatter: (value: number) => format.percent(value / 100) },
    splitLine: { lineStyle: { color: CHART_COLORS.grid } },
  };
  return {
    animation: false,
    grid: horizontal
      ? { left: 8, right: 24, top: 40, bottom: 8, containLabel: true }
      : { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
    legend: { top: 0, left: 0, textStyle: axisText, itemGap: 24 },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params: unknown) => {
        const list = params as AxisTooltipParam[];
        const index = list[0]?.dataIndex ?? 0;
        const row = rows[index];
        return tooltipRows(names[index] ?? '', [
          {
            marker: String(list[0]?.marker ?? ''),
            name: labels.literacy,
            value: format.percent(row?.literacyRate ?? 0),
          },
          {
            marker: String(list[1]?.marker ?? ''),
            name: labels.compliance,
            value: format.percent(row?.jpComplianceRate ?? 0),
          },
        ]);
      },
    },
    xAxis: horizontal ? valueAxis : categoryAxis,
    yAxis: horizontal ? categoryAxis : valueAxis,
    series: [
      {
        type: 'bar',
        name: labels.literacy,
        data: rows.map((row) => percentValue(row.literacyRate)),
        itemStyle: { color: CHART_COLORS.literacy },
        barMaxWidth: 28,
      },
      {
        type: 'bar',
        name: labels.compliance,
        data: rows.map((row) => percentValue(row.jpComplianceRate)),
        itemStyle: { color: CHART_COLORS.compliance },
        barMaxWidth: 28,
      },
    ],
  };
}

/** Chart height that gives each agency a readable band when the groups are stacked vertically. */
export function horizontalChartHeight(groups: number): number {
  return Math.max(240, 72 + groups * 44);
}

/**
 * The year month by month: the share of employees already at 20 JP and already trained in a
 * digital course (cumulative, left axis), and the JP earned in the month (bars, right axis).
 */
export function trendOption(
  points: readonly MonthlyTrendItemFragment[],
  labels: TrendSeriesLabels,
  format: ChartFormat,
): ChartOption {
  const share = (count: number, headcount: number) => (headcount > 0 ? count / headcount : 0);
  return {
    animation: false,
    grid: { left: 8, right: 8, top: 48, bottom: 8, containLabel: true },
    legend: { top: 0, left: 0, textStyle: axisText, itemGap: 24 },
    tooltip: {
      trigger: 'axis',
      formatter: (params: unknown) => {
        const list = params as AxisTooltipParam[];
        const point = points[list[0]?.dataIndex ?? 0];
        if (!point) {
          return '';
        }
        const marker = (name: string) =>
          String(list.find((item) => item.seriesName === name)?.marker ?? '');
        return tooltipRows(format.month(point.period), [
          {
            marker: marker(labels.compliance),
            name: labels.compliance,
            value: format.percent(point.cumulativeComplianceRate),
          },
          {
            marker: marker(labels.trained),
            name: labels.trained,
            value: format.percent(share(point.cumulativeTrainedCount, point.headcount)),
          },
          { marker: marker(labels.jp), name: labels.jp, value: format.jp(point.totalJp) },
        ]);
      },
    },
    xAxis: {
      type: 'category',
      data: points.map((point) => format.month(point.period)),
      axisLabel: { ...axisText, hideOverlap: true },
      axisLine: { lineStyle: { color: CHART_COLORS.axis } },
    },
    yAxis: [
      {
        type: 'value',
        min: 0,
        max: 100,
        axisLabel: { ...axisText, formatter: (value: number) => format.percent(value / 100) },
        splitLine: { lineStyle: { color: CHART_COLORS.grid } },
      },
      {
        type: 'value',
        min: 0,
        axisLabel: { ...axisText, formatter: (value: number) => format.jp(value) },
        splitLine: { show: false },
      },
    ],
    series: [
      {
        type: 'bar',
        name: labels.jp,
        yAxisIndex: 1,
        data: points.map((point) => point.totalJp),
        itemStyle: { color: CHART_COLORS.jp },
        barMaxWidth: 24,
      },
      {
        type: 'line',
        name: labels.compliance,
        data: points.map((point) => percentValue(point.cumulativeComplianceRate)),
        itemStyle: { color: CHART_COLORS.compliance },
        lineStyle: { color: CHART_COLORS.compliance, width: 3 },
        symbol: 'circle',
        symbolSize: 7,
      },
      {
        type: 'line',
        name: labels.trained,
        data: points.map((point) =>
          percentValue(share(point.cumulativeTrainedCount, point.headcount)),
        ),
        itemStyle: { color: CHART_COLORS.trained },
        lineStyle: { color: CHART_COLORS.trained, width: 3, type: 'dashed' },
        symbol: 'triangle',
        symbolSize: 9,
      },
    ],
  };
}
