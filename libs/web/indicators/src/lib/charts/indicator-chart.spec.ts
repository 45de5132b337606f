import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';

import type { ChartOption } from './chart-option';
import type { ChartHandle } from './echarts-loader';
import { CHART_RUNTIME, IndicatorChart } from './indicator-chart';

@Component({
  imports: [IndicatorChart],
  template: `
    @if (shown()) {
      <lib-indicator-chart [option]="option()" [label]="'Diagram batang literasi'" [height]="300">
        <span chartFailed>gagal</span>
        <span class="text">Ringkasan</span>
      </lib-indicator-chart>
    }
  `,
})
class Host {
  readonly shown = signal(true);
  readonly option = signal<ChartOption>({ series: [{ type: 'bar', data: [1] }] });
}

async function render(load: () => Promise<unknown>) {
  TestBed.configureTestingModule({
    imports: [Host],
    providers: [{ provide: CHART_RUNTIME, useValue: load }],
  });
  const fixture = TestBed.createComponent(Host);
  const settle = async () => {
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  };
  await settle();
  return { fixture, element: fixture.nativeElement as HTMLElement, settle };
}

describe('IndicatorChart', () => {
  it('draws once loaded, redraws on a new option, and frees the chart when removed', async () => {
    const chart: ChartHandle = { setOption: jest.fn(), resize: jest.fn(), dispose: jest.fn() };
    const init = jest.fn(() => chart);
    const { fixture, element, settle } = await render(async () => ({ init }));

    const canvas = element.querySelector('[data-testid="indicator-chart"]') as HTMLElement;
    expect(canvas.getAttribute('role')).toBe('img');
    expect(canvas.getAttribute('aria-label')).toBe('Diagram batang literasi');
    expect(canvas.style.height).toBe('300px');
    expect(element.querySelector('figcaption')?.textContent).toContain('Ringkasan');
    expect(init).toHaveBeenCalledWith(canvas);
    expect(chart.setOption).toHaveBeenCalledWith(
      { series: [{ type: 'bar', data: [1] }] },
      { notMerge: true },
    );
    expect(canvas.getAttribute('data-ready')).toBe('true');

    fixture.componentInstance.option.set({ series: [{ type: 'bar', data: [2] }] });
    await settle();
    expect(init).toHaveBeenCalledTimes(1);
    expect(chart.setOption).toHaveBeenLastCalledWith(
      { series: [{ type: 'bar', data: [2] }] },
      { notMerge: true },
    );

    fixture.componentInstance.shown.set(false);
    await settle();
    expect(chart.dispose).toHaveBeenCalled();
  });

  it('says so when the chart library cannot load, keeping the summary', async () => {
    const { element } = await render(() => Promise.reject(new Error('chunk failed')));
    expect(element.querySelector('[role="status"]')?.textContent).toContain('gagal');
    expect(element.querySelector('figcaption')?.textContent).toContain('Ringkasan');
  });
});
