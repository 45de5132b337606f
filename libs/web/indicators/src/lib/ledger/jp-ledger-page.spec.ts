import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { translocoTesting } from '@lms/web/core/testing';
import { provideLmsIcons } from '@lms/web/ui';
import { of } from 'rxjs';

import { JpAnalystService, type JpLedger } from '../data-access/jp-analyst.service';
import { INDICATORS_ID } from '../i18n/indicators.id';
import { JpLedgerPage, ledgerYear } from './jp-ledger-page';

const ledger: JpLedger = {
  employee: {
    id: 'e1',
    nip: '198503152010011001',
    fullName: 'Sari Wulandari',
    grade: 'III/b',
    positionTitle: 'Pranata Komputer',
    agency: { id: 'a1', code: 'KOMINFO', name: 'Dinas Kominfo' },
  },
  year: 2025,
  totalJp: 14,
  obligation: 20,
  shortfall: 6,
  compliant: false,
  bySource: [
    { source: 'BIMTEK', records: 1, jp: 10 },
    { source: 'IMPORT', records: 1, jp: 4 },
  ],
  records: [
    {
      id: 'r1',
      title: 'Bimtek Keamanan Informasi',
      completedOn: '2025-06-12',
      source: 'BIMTEK',
      competency: 'TECHNICAL',
      digital: true,
      jp: 10,
      certificateNumber: 'BWI/2025/0001',
    },
    {
      id: 'r2',
      title: 'Sertifikasi vendor',
      completedOn: '2025-02-03',
      source: 'IMPORT',
      competency: 'TECHNICAL',
      digital: false,
      jp: 4,
      certificateNumber: null,
    },
  ],
};

describe('ledgerYear', () => {
  it('takes a year the page offers and falls back to this year', () => {
    expect(ledgerYear('2025', [2026, 2025])).toBe(2025);
    expect(ledgerYear('1999', [2026, 2025])).toBe(2026);
    expect(ledgerYear(undefined, [2026, 2025])).toBe(2026);
    expect(ledgerYear('abc', [2026, 2025])).toBe(2026);
  });
});

describe('JpLedgerPage', () => {
  it('shows the year’s total against the obligation and every record with its source', async () => {
    const analyst = { ledger: jest.fn(() => of(ledger)) };
    TestBed.configureTestingModule({
      imports: [JpLedgerPage, translocoTesting({ id: { indicators: INDICATORS_ID }, en: {} })],
      providers: [
        provideRouter([]),
        provideLmsIcons(),
        { provide: JpAnalystService, useValue: analyst },
      ],
    });
    const fixture = TestBed.createComponent(JpLedgerPage);
    const year = new Date().getFullYear() - 1;
    fixture.componentRef.setInput('employeeId', 'e1');
    fixture.componentRef.setInput('tahun', String(year));
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;

    expect(analyst.ledger).toHaveBeenCalledWith('e1', year);
    expect(element.querySelector('h1')?.textContent).toContain('Sari Wulandari');
    expect(element.querySelector('[data-testid="ledger-total"]')?.textContent?.trim()).toBe(
      '14 JP',
    );
    expect(element.querySelector('[data-testid="ledger-status"]')?.textContent?.trim()).toBe(
      'Belum 20 JP',
    );
    const bar = element.querySelector('[role="progressbar"]') as HTMLElement;
    expect(bar.getAttribute('aria-valuenow')).toBe('14');
    expect(bar.getAttribute('aria-valuemax')).toBe('20');
    const sources = [...element.querySelectorAll('[data-testid="ledger-source"]')].map((cell) =>
      cell.textContent?.trim(),
    );
    expect(sources).toEqual(['Bimtek / diklat', 'Impor riwayat']);
    expect(element.querySelectorAll('[data-testid="ledger-record"]')[0].textContent).toContain(
      'BWI/2025/0001',
    );
  });
});
