import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  effect,
  ElementRef,
  inject,
  InjectionToken,
  input,
  signal,
  viewChild,
} from '@angular/core';

import type { ChartOption } from './chart-option';
import { type ChartHandle, type ChartRuntime, loadChartRuntime } from './echarts-loader';

export const CHART_RUNTIME = new InjectionToken<() => Promise<ChartRuntime>>('CHART_RUNTIME', {
  providedIn: 'root',
  factory: () => loadChartRuntime,
});

/**
 * An ECharts drawing with its text summary. The drawing is one image to assistive technology
 * (`role="img"` with `label`); the summary beside it and the table under it carry the numbers.
 */
@Component({
  selector: 'lib-indicator-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <figure class="figure">
      <div
        #canvas
        class="canvas"
        role="img"
        [attr.aria-label]="label()"
        [style.height.px]="height()"
        data-testid="indicator-chart"
        [attr.data-ready]="ready() ? 'true' : null"
      ></div>
      @if (failed()) {
        <p class="failed" role="status"><ng-content select="[chartFailed]" /></p>
      }
      <figcaption class="summary"><ng-content /></figcaption>
    </figure>
  `,
  styles: `
    .figure {
      margin: 0;
      min-width: 0;
    }
    .canvas {
      width: 100%;
      overflow: hidden;
    }
    .summary {
      margin-top: 8px;
      color: var(--mat-sys-on-surface);
    }
    .failed {
      color: var(--mat-sys-error);
    }
  `,
})
export class IndicatorChart {
  readonly option = input.required<ChartOption>();
  /** What the chart shows, read by screen readers in place of the drawing. */
  readonly label = input.required<string>();
  readonly height = input(320);

  private readonly canvas = viewChild.required<ElementRef<HTMLDivElement>>('canvas');
  private readonly runtime = signal<ChartRuntime | null>(null);
  protected readonly ready = signal(false);
  protected readonly failed = signal(false);
  private chart: ChartHandle | null = null;

  constructor() {
    const load = inject(CHART_RUNTIME);
    const destroyRef = inject(DestroyRef);
    let observer: ResizeObserver | null = null;

    afterNextRender(() => {
      load()
        .then((runtime) => this.runtime.set(runtime))
        .catch(() => this.failed.set(true));
    });

    effect(() => {
      const runtime = this.runtime();
      const option = this.option();
      this.height();
      if (!runtime) {
        return;
      }
      if (!this.chart) {
        const element = this.canvas().nativeElement;
        this.chart = runtime.init(element);
        if (typeof ResizeObserver !== 'undefined') {
          observer = new ResizeObserver(() => this.chart?.resize());
          observer.observe(element);
        }
      }
      this.chart.setOption(option, { notMerge: true });
      this.chart.resize();
      this.ready.set(true);
    });

    destroyRef.onDestroy(() => {
      observer?.disconnect();
      this.chart?.dispose();
      this.chart = null;
    });
  }
}
