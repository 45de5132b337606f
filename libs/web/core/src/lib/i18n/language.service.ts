import { DOCUMENT, inject, Injectable, signal } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import { DEFAULT_LANG, isLang, type Lang } from '@lms/shared/domain';
import { firstValueFrom } from 'rxjs';

export const LANG_STORAGE_KEY = 'lms.lang';

/**
 * The UI language: Bahasa Indonesia unless the person chose English, remembered in localStorage
 * and mirrored in `<html lang>` so screen readers pronounce the page correctly.
 */
@Injectable({ providedIn: 'root' })
export class LanguageService {
  private readonly transloco = inject(TranslocoService);
  private readonly document = inject(DOCUMENT);
  private readonly current = signal<Lang>(readStoredLang());

  readonly lang = this.current.asReadonly();

  /** Loads the remembered language before the first render, so no key ever shows. */
  init(): Promise<void> {
    return this.apply(this.current(), false);
  }

  /** Switches the whole UI at run time; the dictionary loads first to avoid a flash of keys. */
  use(lang: Lang): Promise<void> {
    return this.apply(lang, true);
  }

  private async apply(lang: Lang, remember: boolean): Promise<void> {
    await firstValueFrom(this.transloco.load(lang));
    this.transloco.setActiveLang(lang);
    this.current.set(lang);
    this.document.documentElement.lang = lang;
    if (remember) {
      try {
        globalThis.localStorage?.setItem(LANG_STORAGE_KEY, lang);
      } catch {
        // Storage disabled: the choice lasts until reload.
      }
    }
  }
}

function readStoredLang(): Lang {
  try {
    const stored = globalThis.localStorage?.getItem(LANG_STORAGE_KEY);
    return isLang(stored) ? stored : DEFAULT_LANG;
  } catch {
    return DEFAULT_LANG;
  }
}
