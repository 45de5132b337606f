import { TestBed } from '@angular/core/testing';
import { TranslocoService, TranslocoTestingModule } from '@jsverse/transloco';

import { provideLmsIcons } from '../icons/provide-lms-icons';
import { NipCheckField } from './nip-check-field';

/** Lets the scope's translations load and the view render them. */
async function settle(fixture: { whenStable(): Promise<unknown> }) {
  await fixture.whenStable();
  await new Promise((resolve) => setTimeout(resolve));
  await fixture.whenStable();
}

async function render() {
  TestBed.configureTestingModule({
    imports: [
      NipCheckField,
      TranslocoTestingModule.forRoot({
        langs: { id: {}, en: {} },
        translocoConfig: {
          availableLangs: ['id', 'en'],
          defaultLang: 'id',
          reRenderOnLangChange: true,
        },
        preloadLangs: true,
      }),
    ],
    providers: [provideLmsIcons()],
  });
  const fixture = TestBed.createComponent(NipCheckField);
  await settle(fixture);
  const element = fixture.nativeElement as HTMLElement;
  const type = async (value: string) => {
    const input = element.querySelector<HTMLInputElement>('[data-testid="nip-input"]');
    if (!input) {
      throw new Error('NIP input not rendered');
    }
    input.value = value;
    input.dispatchEvent(new Event('input'));
    await settle(fixture);
  };
  const text = (testId: string) =>
    element.querySelector(`[data-testid="${testId}"]`)?.textContent?.trim();
  return { fixture, element, type, text };
}

describe('NipCheckField', () => {
  it('labels its input', async () => {
    const { element } = await render();
    const input = element.querySelector('input');
    const label = element.querySelector(`label[for="${input?.id}"]`);
    expect(label?.textContent).toContain('NIP');
  });

  it('decodes a valid PNS NIP typed with spaces', async () => {
    const { type, text, element, fixture } = await render();

    await type('19850315 201001 1 001');

    expect(fixture.componentInstance.value()).toBe('19850315 201001 1 001');
    expect(element.textContent).toContain('NIP valid');
    expect(text('nip-birth-date')).toBe('15 Maret 1985');
    expect(text('nip-appointment')).toBe('Januari 2010');
    expect(text('nip-gender')).toBe('Laki-laki');
    expect(text('nip-employment-type')).toContain('PNS');
  });

  it('reads the PPPK form, whose appointment is only a year', async () => {
    const { type, text, element } = await render();

    await type('199001012021211005');

    expect(element.textContent).toContain('Tahun pengangkatan PPPK');
    expect(text('nip-appointment')).toBe('2021');
    expect(text('nip-employment-type')).toContain('PPPK');
  });

  it('lists every problem of a wrong NIP, as the server would', async () => {
    const { type, element } = await render();

    await type('198513322030013000');

    const problems = [...element.querySelectorAll('.problems li')].map((li) => li.textContent);
    expect(element.textContent).toContain('NIP belum valid');
    expect(problems).toEqual([
      'Digit 1–8 harus berupa tanggal lahir yang benar-benar ada, dengan format TTTTBBHH (tahun, bulan, tanggal).',
      'Tanggal pengangkatan (digit 9–14) tidak boleh setelah hari ini.',
      'Digit ke-15 (jenis kelamin) harus 1 untuk laki-laki atau 2 untuk perempuan.',
      'Nomor urut (digit 16–18) tidak boleh 000; nomor urut dimulai dari 001.',
    ]);
  });

  it('announces results politely to screen readers', async () => {
    const { type, element } = await render();
    await type('1985');
    expect(element.querySelector('[data-testid="nip-insight"]')?.getAttribute('aria-live')).toBe(
      'polite',
    );
  });

  it('speaks English after a language switch', async () => {
    const { type, text, element, fixture } = await render();
    await type('198503152010011001');

    TestBed.inject(TranslocoService).setActiveLang('en');
    await settle(fixture);

    expect(element.textContent).toContain('Valid NIP');
    expect(text('nip-birth-date')).toBe('15 March 1985');
    expect(text('nip-gender')).toBe('Male');
  });

  it('shows nothing until something is typed', async () => {
    const { element } = await render();
    expect(element.querySelector('[data-testid="nip-insight"]')).toBeNull();
  });
});
