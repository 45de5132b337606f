import { provideTranslationScope } from '@lms/web/core';

import { INDICATORS_EN } from './indicators.en';
import { INDICATORS_ID } from './indicators.id';

/** The indicator pages' dictionaries, read as `*transloco="let t; prefix: 'indicators'"`. */
export const INDICATORS_SCOPE = provideTranslationScope('indicators', {
  id: INDICATORS_ID,
  en: INDICATORS_EN,
});
