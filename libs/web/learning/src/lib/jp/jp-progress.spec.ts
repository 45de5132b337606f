import { TestBed } from '@angular/core/testing';
import { translocoTesting } from '@lms/web/core/testing';

import { LEARNING_ID } from '../i18n/learning.id';
import { JpProgress } from './jp-progress';

async function render(total: number, obligation = 20) {
  TestBed.configureTestingModule({
    imports: [JpProgress, translocoTesting({ id: { learning: LEARNING_ID }, en: {} })],
  });
  const fixture = TestBed.createComponent(JpProgress);
  fixture.componentRef.setInput('totalJp', total);
  fixture.componentRef.setInput('obligationJp', obligation);
  fixture.componentRef.setInput('year', 2026);
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  const bar = element.querySelector(
    '[data-testid="jp-bar"] [role="progressbar"], [data-testid="jp-bar"]',
  );
  return {
    total: element.querySelector('[data-testid="jp-total"]')?.textContent?.trim(),
    value: bar?.getAttribute('aria-valuenow'),
    text: element.textContent?.replace(/\s+/g, ' ') ?? '',
    met: element.querySelector('.jp')?.classList.contains('met'),
  };
}

describe('JpProgress', () => {
  it('shows this year’s JP against the obligation, in Indonesian number format', async () => {
    const view = await render(4.5);
    expect(view.total).toBe('4,5 dari 20 JP');
    expect(view.value).toBe('22.5');
    expect(view.text).toContain('Kurang 15,5 JP lagi');
    expect(view.met).toBe(false);
  });

  it('fills the bar and says so once the obligation is met', async () => {
    const view = await render(24);
    expect(view.total).toBe('24 dari 20 JP');
    expect(view.value).toBe('100');
    expect(view.text).toContain('sudah terpenuhi');
    expect(view.met).toBe(true);
  });
});
