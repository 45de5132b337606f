import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts';
import type {
  GridComponentOption,
  LegendComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import type { ComposeOption } from 'echarts/core';

/** The option shape of the charts the runtime registers: bars and lines on a grid. */
export type ChartOption = ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | TooltipComponentOption
>;

/**
 * Series colours with at least 4.5:1 contrast on white (WCAG 1.4.11 asks 3:1 for graphics), and
 * far apart in hue and lightness so they stay distinct for red-green colour blindness; the
 * trend's lines also differ in dash and symbol.
 */
export const CHART_COLORS = {
  literacy: '#0b4a8b',
  compliance: '#b35c00',
  trained: '#1b6b33',
  jp: '#9fb8d9',
  axis: '#44474e',
  grid: '#dfe2eb',
} as const;
