import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { IndicatorRowItemFragment, MonthlyTrendItemFragment } from '@lms/web/core';
import { translocoTesting } from '@lms/web/core/testing';
import { provideLmsIcons } from '@lms/web/ui';
import { of, Subject } from 'rxjs';

import { CHART_RUNTIME } from '../charts/indicator-chart';
import { FileSaver } from '../data-access/file-saver.service';
import {
  type DashboardFilter,
  type IndicatorDashboard,
  IndicatorDashboardService,
} from '../data-access/indicator-dashboard.service';
import { INDICATORS_ID } from '../i18n/indicators.id';
import { INDICATOR_POLL_INTERVAL, IndicatorDashboardPage } from './indicator-dashboard-page';

function row(
  key: string,
  label: string,
  headcount: number,
  literate: number,
  compliant: number,
  totalJp: number,
): IndicatorRowItemFragment {
  return {
    key,
    label,
    headcount,
    trainedCount: literate,
    certifiedCount: 0,
    literateCount: literate,
    literacyRate: headcount ? literate / headcount : 0,
    totalJp,
    jpCompliantCount: compliant,
    jpComplianceRate: headcount ? compliant / headcount : 0,
  };
}

const trend: MonthlyTrendItemFragment[] = [
  {
    month: 1,
    period: '2026-01',
    headcount: 20,
    trainedCount: 2,
    learnerCount: 3,
    totalJp: 40,
    cumulativeJp: 40,
    cumulativeTrainedCount: 2,
    cumulativeCompliantCount: 1,
    cumulativeComplianceRate: 0.05,
  },
];

function dashboard(scale: number): IndicatorDashboard {
  return {
    totals: [row('r1', 'Kabupaten Banyuwangi', 20, 5 * scale, 4, 300)],
    byAgency: [
      row('a1', 'Dinas Kesehatan', 10, 2 * scale, 1, 100),
      row('a2', 'Dinas, "Pendidikan"', 10, 3 * scale, 3, 200),
    ],
    byCompetency: [row('TECHNICAL', 'Teknis', 20, 5, 4, 300)],
    byGrade: [
      row('IV/a', 'Pembina (IV/a)', 5, 1, 1, 50),
      row('III/a', 'Penata Muda (III/a)', 15, 4, 3, 250),
    ],
    trend,
  };
}

async function render() {
  const versions = new Subject<string>();
  const service = {
    dashboard: jest.fn((filter: DashboardFilter) => of(dashboard(filter.agencyId ? 0 : 1))),
    version: jest.fn(() => versions),
    agencies: jest.fn(() =>
      of([
        {
          id: 'a1',
          code: 'DINKES',
          name: 'Dinas Kesehatan',
          parentId: null,
          depth: 0,
          region: { id: 'r1', code: '35.10', name: 'Kabupaten Banyuwangi', type: 'REGENCY' },
        },
      ]),
    ),
  };
  const saver = { saveText: jest.fn(), download: jest.fn(async () => undefined) };
  TestBed.configureTestingModule({
    imports: [
      IndicatorDashboardPage,
      translocoTesting({ id: { indicators: INDICATORS_ID }, en: {} }),
    ],
    providers: [
      provideRouter([]),
      provideLmsIcons(),
      { provide: IndicatorDashboardService, useValue: service },
      { provide: FileSaver, useValue: saver },
      { provide: INDICATOR_POLL_INTERVAL, useValue: 50 },
      {
        provide: CHART_RUNTIME,
        useValue: async () => ({
          init: () => ({ setOption: jest.fn(), resize: jest.fn(), dispose: jest.fn() }),
        }),
      },
    ],
  });
  const fixture = TestBed.createComponent(IndicatorDashboardPage);
  const element = fixture.nativeElement as HTMLElement;
  const settle = async () => {
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  };
  await settle();
  return { fixture, element, service, saver, versions, settle };
}

const text = (element: HTMLElement, testId: string) =>
  element.querySelector(`[data-testid="${testId}"]`)?.textContent?.replace(/\s+/g, ' ').trim();

describe('IndicatorDashboardPage', () => {
  it('shows this year’s totals, every grouping as a table and a text summary', async () => {
    const { element, service } = await render();
    const year = new Date().getFullYear();
    expect(service.dashboard).toHaveBeenCalledWith(
      { year, agencyId: null, competency: null },
      year,
    );
    expect(text(element, 'kpi-headcount')).toBe('20');
    expect(text(element, 'kpi-literacy')).toBe('25%');
    expect(text(element, 'kpi-compliance')).toBe('20%');
    expect(
      element.querySelectorAll('[data-testid="table-agency"] [data-testid="indicator-row"]'),
    ).toHaveLength(2);
    const grades = [
      ...element.querySelectorAll('[data-testid="table-grade"] [data-testid="indicator-row"]'),
    ].map((tr) => tr.querySelector('td')?.textContent?.trim());
    expect(grades).toEqual(['Penata Muda (III/a)', 'Pembina (IV/a)']);
    expect(text(element, 'summary-agency')).toBe(
      'Literasi digital tertinggi di Dinas, "Pendidikan" (30%), terendah di Dinas Kesehatan (20%). ' +
        'Kepatuhan 20 JP tertinggi di Dinas, "Pendidikan" (30%), terendah di Dinas Kesehatan (10%).',
    );
    expect(element.querySelectorAll('[data-testid="trend-row"]')).toHaveLength(1);
  });

  it('reads again with the agency filter and shows the new numbers', async () => {
    const { fixture, element, service, settle } = await render();
    (fixture.componentInstance as unknown as { agencyId: { set(v: string): void } }).agencyId.set(
      'a1',
    );
    await settle();
    expect(service.dashboard).toHaveBeenLastCalledWith(
      expect.objectContaining({ agencyId: 'a1' }),
      expect.any(Number),
    );
    expect(text(element, 'kpi-literacy')).toBe('0%');
  });

  it('refetches when the live version moves, not when it is first read', async () => {
    const { service, versions, settle } = await render();
    await new Promise((resolve) => setTimeout(resolve, 80));
    versions.next('41');
    await settle();
    expect(service.dashboard).toHaveBeenCalledTimes(1);

    versions.next('42');
    await settle();
    expect(service.dashboard).toHaveBeenCalledTimes(2);
  });

  it('downloads a table as CSV with the schema’s column names and every row', async () => {
    const { element, saver } = await render();
    (element.querySelector('[data-testid="csv-agency"]') as HTMLButtonElement).click();
    const [filename, content] = saver.saveText.mock.calls[0] as [string, string];
    expect(filename).toBe(`indikator-agency-${new Date().getFullYear()}.csv`);
    const lines = content.trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'key,label,headcount,trainedCount,certifiedCount,literateCount,literacyRate,totalJp,jpCompliantCount,jpComplianceRate',
    );
    expect(lines.slice(1)).toEqual([
      'a1,Dinas Kesehatan,10,2,0,2,0.2,100,1,0.1',
      'a2,"Dinas, ""Pendidikan""",10,3,0,3,0.3,200,3,0.3',
    ]);
  });

  it('fetches the open-data file of the shown year through the authorised download', async () => {
    const { element, saver } = await render();
    const year = new Date().getFullYear();
    (element.querySelector('[data-testid="download-open-data"]') as HTMLButtonElement).click();
    expect(saver.download).toHaveBeenCalledWith(
      `/api/indicators/open-data/${year}/data.csv`,
      `data-terbuka-${year}.csv`,
    );
  });
});
