import type { EChartsType } from 'echarts/core';

import type { ChartOption } from './chart-option';

/** What the chart component needs from ECharts; a test can hand in a fake. */
export interface ChartRuntime {
  init(element: HTMLElement): ChartHandle;
}

export type ChartHandle = Pick<EChartsType, 'resize' | 'dispose'> & {
  setOption(option: ChartOption, opts: { notMerge: boolean }): void;
};

let runtime: Promise<ChartRuntime> | null = null;

/**
 * Loads ECharts once, on the first chart drawn: it arrives in its own chunk after the dashboard's
 * tables, so the numbers show before the library has downloaded.
 */
export function loadChartRuntime(): Promise<ChartRuntime> {
  runtime ??= import('./echarts-runtime').then((echarts) => ({
    init: (element: HTMLElement) => echarts.init(element, null, { renderer: 'svg' }),
  }));
  // A failed download (flaky network) may be retried by the next chart.
  runtime.catch(() => (runtime = null));
  return runtime;
}
