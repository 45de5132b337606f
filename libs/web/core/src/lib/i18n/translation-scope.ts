import { provideTranslocoScope, type Translation } from '@jsverse/transloco';
import type { Lang } from '@lms/shared/domain';

/**
 * Registers a feature's own dictionaries under `scope`; its templates then read
 * `*transloco="let t; prefix: '<scope>'"`. Both languages load from the feature's chunk.
 */
export function provideTranslationScope(
  scope: string,
  dictionaries: Readonly<Record<Lang, Translation>>,
) {
  return provideTranslocoScope({
    scope,
    loader: {
      id: () => Promise.resolve(dictionaries.id),
      en: () => Promise.resolve(dictionaries.en),
    },
  });
}
