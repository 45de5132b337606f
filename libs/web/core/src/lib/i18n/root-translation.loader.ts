import { Injectable } from '@angular/core';
import type { Translation, TranslocoLoader } from '@jsverse/transloco';

import { COMMON_ID } from './dictionaries/common.id';

/**
 * Serves the shared dictionary from the bundle: Bahasa Indonesia is the default and ships in the
 * main chunk, English loads on first use. Feature texts come from each feature's own scope.
 */
@Injectable({ providedIn: 'root' })
export class RootTranslationLoader implements TranslocoLoader {
  getTranslation(lang: string): Promise<Translation> {
    if (lang === 'en') {
      return import('./dictionaries/common.en').then((m) => m.COMMON_EN);
    }
    return Promise.resolve(COMMON_ID);
  }
}
