import { DOCUMENT } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { TranslocoService, TranslocoTestingModule } from '@jsverse/transloco';

import { LANG_STORAGE_KEY, LanguageService } from './language.service';

function setup() {
  TestBed.configureTestingModule({
    imports: [
      TranslocoTestingModule.forRoot({
        langs: { id: { hello: 'Halo' }, en: { hello: 'Hello' } },
        translocoConfig: { availableLangs: ['id', 'en'], defaultLang: 'id' },
      }),
    ],
  });
  return {
    language: TestBed.inject(LanguageService),
    transloco: TestBed.inject(TranslocoService),
    html: TestBed.inject(DOCUMENT).documentElement,
  };
}

describe('LanguageService', () => {
  beforeEach(() => localStorage.clear());

  it('starts in Bahasa Indonesia and marks the page as such', async () => {
    const { language, transloco, html } = setup();
    await language.init();

    expect(language.lang()).toBe('id');
    expect(transloco.getActiveLang()).toBe('id');
    expect(html.lang).toBe('id');
    expect(transloco.translate('hello')).toBe('Halo');
  });

  it('switches at run time, remembers the choice and updates <html lang>', async () => {
    const { language, transloco, html } = setup();
    await language.init();

    await language.use('en');

    expect(language.lang()).toBe('en');
    expect(transloco.translate('hello')).toBe('Hello');
    expect(html.lang).toBe('en');
    expect(localStorage.getItem(LANG_STORAGE_KEY)).toBe('en');
  });

  it('starts in the remembered language', async () => {
    localStorage.setItem(LANG_STORAGE_KEY, 'en');
    const { language, transloco } = setup();
    await language.init();

    expect(language.lang()).toBe('en');
    expect(transloco.getActiveLang()).toBe('en');
  });

  it('ignores a remembered value that is not a supported language', async () => {
    localStorage.setItem(LANG_STORAGE_KEY, 'fr');
    const { language } = setup();
    await language.init();

    expect(language.lang()).toBe('id');
  });
});
