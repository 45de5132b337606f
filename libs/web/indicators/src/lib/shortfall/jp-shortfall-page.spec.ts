import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { translocoTesting } from '@lms/web/core/testing';
import { provideLmsIcons } from '@lms/web/ui';
import { of, throwError } from 'rxjs';

import { FileSaver } from '../data-access/file-saver.service';
import { IndicatorDashboardService } from '../data-access/indicator-dashboard.service';
import { JpAnalystService, type JpShortfallRequest } from '../data-access/jp-analyst.service';
import { INDICATORS_ID } from '../i18n/indicators.id';
import { JpShortfallPage } from './jp-shortfall-page';

function page(request: JpShortfallRequest) {
  const offset = request.after ? Number(request.after) : 0;
  const edges = [0, 1].map((i) => ({
    cursor: String(offset + i + 1),
    node: {
      employee: {
        id: `e${offset + i}`,
        nip: '198503152010011001',
        fullName: `Pegawai ${offset + i}`,
        grade: 'III/a',
        positionTitle: 'Analis',
      },
      agency: { id: 'a1', code: 'DINKES', name: 'Dinas Kesehatan' },
      totalJp: 4.5,
      shortfall: 15.5,
    },
  }));
  return {
    edges,
    pageInfo: { hasNextPage: offset === 0, endCursor: String(offset + 2) },
    totalCount: 22,
  };
}

async function render() {
  const analyst = {
    shortfall: jest.fn((request: JpShortfallRequest) => of(page(request))),
    shortfallCsv: jest.fn(() =>
      of({ filename: 'kekurangan-jp-2026.csv', rows: 4, content: 'nip,nama\r\n' }),
    ),
  };
  const saver = { saveText: jest.fn() };
  TestBed.configureTestingModule({
    imports: [JpShortfallPage, translocoTesting({ id: { indicators: INDICATORS_ID }, en: {} })],
    providers: [
      provideRouter([]),
      provideLmsIcons(),
      { provide: JpAnalystService, useValue: analyst },
      { provide: FileSaver, useValue: saver },
      { provide: IndicatorDashboardService, useValue: { agencies: () => of([]) } },
    ],
  });
  const fixture = TestBed.createComponent(JpShortfallPage);
  const element = fixture.nativeElement as HTMLElement;
  const settle = async () => {
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  };
  await settle();
  const click = async (testId: string) => {
    (element.querySelector(`[data-testid="${testId}"]`) as HTMLButtonElement).click();
    await settle();
  };
  return { element, analyst, saver, settle, click };
}

const summary = (element: HTMLElement) =>
  element.querySelector('[data-testid="shortfall-summary"]')?.textContent?.trim();

describe('JpShortfallPage', () => {
  it('pages forward with the end cursor and back to the first page', async () => {
    const { element, analyst, click } = await render();
    const year = new Date().getFullYear();
    expect(analyst.shortfall).toHaveBeenCalledWith({
      year,
      agencyId: null,
      first: 20,
      after: null,
    });
    expect(summary(element)).toBe('Menampilkan 1–2 dari 22 pegawai');

    await click('shortfall-next');
    expect(analyst.shortfall).toHaveBeenLastCalledWith({
      year,
      agencyId: null,
      first: 20,
      after: '2',
    });
    expect(summary(element)).toBe('Menampilkan 21–22 dari 22 pegawai');
    expect(
      (element.querySelector('[data-testid="shortfall-next"]') as HTMLButtonElement).disabled,
    ).toBe(true);

    await click('shortfall-previous');
    expect(analyst.shortfall).toHaveBeenLastCalledWith({
      year,
      agencyId: null,
      first: 20,
      after: null,
    });
  });

  it('links each employee to their ledger of the chosen year', async () => {
    const { element } = await render();
    const link = element.querySelector('[data-testid="shortfall-row"] a') as HTMLAnchorElement;
    expect(link.getAttribute('href')).toBe(`/pegawai/e0/jp?tahun=${new Date().getFullYear()}`);
    expect(link.getAttribute('aria-label')).toBe('Buku JP Pegawai 0');
  });

  it('saves the server’s CSV of every page under its file name', async () => {
    const { analyst, saver, click } = await render();
    await click('shortfall-csv');
    expect(analyst.shortfallCsv).toHaveBeenCalledWith(new Date().getFullYear(), null);
    expect(saver.saveText).toHaveBeenCalledWith('kekurangan-jp-2026.csv', 'nip,nama\r\n');
  });

  it('shows a failed read as an alert', async () => {
    const { element, analyst, click } = await render();
    analyst.shortfall.mockReturnValueOnce(throwError(() => new Error('Failed to fetch')));
    await click('shortfall-next');
    expect(
      element.querySelector('[data-testid="shortfall-summary"] [role="alert"]'),
    ).not.toBeNull();
  });
});
