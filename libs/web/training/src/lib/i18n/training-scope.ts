import { provideTranslationScope } from '@lms/web/core';

import { TRAINING_EN } from './training.en';
import { TRAINING_ID } from './training.id';

/** The Bimtek pages' dictionaries, read as `*transloco="let t; prefix: 'training'"`. */
export const TRAINING_SCOPE = provideTranslationScope('training', {
  id: TRAINING_ID,
  en: TRAINING_EN,
});
