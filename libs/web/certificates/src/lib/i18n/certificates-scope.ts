import { provideTranslationScope } from '@lms/web/core';

import { CERTIFICATES_EN } from './certificates.en';
import { CERTIFICATES_ID } from './certificates.id';

/** The certificate pages' dictionaries, read as `*transloco="let t; prefix: 'certificates'"`. */
export const CERTIFICATES_SCOPE = provideTranslationScope('certificates', {
  id: CERTIFICATES_ID,
  en: CERTIFICATES_EN,
});
