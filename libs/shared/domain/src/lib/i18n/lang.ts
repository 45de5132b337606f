/** Languages the platform speaks: Bahasa Indonesia first, English beside it. */
export const LANGS = ['id', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export const DEFAULT_LANG: Lang = 'id';

/** A text in every supported language. */
export type LocalizedText = Readonly<Record<Lang, string>>;

export function isLang(value: unknown): value is Lang {
  return value === 'id' || value === 'en';
}

/**
 * Picks the language from an HTTP `Accept-Language` header (e.g. `en-US,en;q=0.9,id;q=0.8`).
 * The highest-weighted supported language wins; ties keep header order. Anything unsupported,
 * missing or malformed falls back to Bahasa Indonesia, the platform's primary language.
 */
export function resolveLang(acceptLanguage: string | null | undefined): Lang {
  if (!acceptLanguage) {
    return DEFAULT_LANG;
  }
  let best: { lang: Lang; q: number } | undefined;
  for (const part of acceptLanguage.split(',')) {
    const [tagRaw, ...params] = part.split(';');
    const primary = tagRaw.trim().toLowerCase().split('-')[0];
    // `in` is the pre-1989 ISO code for Indonesian that old Java clients still send.
    const lang: Lang | undefined = primary === 'in' ? 'id' : isLang(primary) ? primary : undefined;
    if (!lang) {
      continue;
    }
    const q = parseQuality(params);
    if (q > 0 && (!best || q > best.q)) {
      best = { lang, q };
    }
  }
  return best?.lang ?? DEFAULT_LANG;
}

function parseQuality(params: string[]): number {
  for (const param of params) {
    const [key, value] = param.split('=').map((s) => s.trim());
    if (key.toLowerCase() === 'q') {
      const q = Number(value);
      return Number.isFinite(q) ? Math.min(Math.max(q, 0), 1) : 0;
    }
  }
  return 1;
}
