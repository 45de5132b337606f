import type { Font, GlyphRun } from 'fontkit';

/** Distinct words kept per font; certificates repeat most of theirs, names add a few each. */
export const LAYOUT_CACHE_WORDS = 50_000;

interface CachedRun {
  glyphs: GlyphRun['glyphs'];
  positions: GlyphRun['positions'];
}

/**
 * A fontkit font whose `layout` (OpenType shaping: GSUB/GPOS lookups) is remembered across
 * documents. PDFKit caches layouts per document only, so every certificate re-shaped the same
 * template words; here each word is shaped once per process. PDFKit scales the positions it gets
 * in place, hence a fresh copy of them on every call.
 */
export function withSharedLayoutCache(font: Font): Font {
  const cache = new Map<string, CachedRun>();
  const layout = (text: string, features?: unknown): unknown => {
    if (features !== undefined) return font.layout(text, features as never);
    let run = cache.get(text);
    if (!run) {
      const shaped = font.layout(text);
      run = {
        glyphs: shaped.glyphs,
        positions: shaped.positions.map((p) => ({
          xAdvance: p.xAdvance,
          yAdvance: p.yAdvance,
          xOffset: p.xOffset,
          yOffset: p.yOffset,
        })) as GlyphRun['positions'],
      };
      if (cache.size >= LAYOUT_CACHE_WORDS) cache.clear();
      cache.set(text, run);
    }
    const positions = run.positions.map((p) => ({ ...p }));
    return {
      glyphs: run.glyphs,
      positions,
      get advanceWidth(): number {
        let width = 0;
        for (const p of positions) width += p.xAdvance;
        return width;
      },
    };
  };
  return new Proxy(font, {
    get(target, property, receiver) {
      if (property === 'layout') return layout;
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === 'function'
        ? (value as (...args: unknown[]) => unknown).bind(target)
        : value;
    },
  });
}
