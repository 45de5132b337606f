import { TranslocoTestingModule, type TranslocoTestingOptions } from '@jsverse/transloco';

/**
 * Transloco for component tests, configured as the app is (Indonesian by default, English beside
 * it) with the dictionaries a test passes inline. Kept out of the library's main entry point so
 * that no production bundle imports test helpers.
 */
export function translocoTesting(langs: TranslocoTestingOptions['langs']) {
  return TranslocoTestingModule.forRoot({
    langs,
    translocoConfig: { availableLangs: ['id', 'en'], defaultLang: 'id' },
    preloadLangs: true,
  });
}
