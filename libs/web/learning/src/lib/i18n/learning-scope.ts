import { provideTranslationScope } from '@lms/web/core';

import { LEARNING_EN } from './learning.en';
import { LEARNING_ID } from './learning.id';

/** The learning pages' dictionaries, read as `*transloco="let t; prefix: 'learning'"`. */
export const LEARNING_SCOPE = provideTranslationScope('learning', {
  id: LEARNING_ID,
  en: LEARNING_EN,
});
