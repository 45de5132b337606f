import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

import { create, type Font } from 'fontkit';

import { withSharedLayoutCache } from './shared-layout-font';

/**
 * DejaVu Sans ships inside the repository (assets/fonts, with its licence): it covers Latin with
 * every diacritic, Greek and Cyrillic, so any holder's name prints, and it does not depend on the
 * fonts of the machine that runs the worker.
 */
export const FONT_FILES = {
  regular: 'DejaVuSans.ttf',
  bold: 'DejaVuSans-Bold.ttf',
} as const;

export type FontName = keyof typeof FONT_FILES;

/** Where the fonts may be: an explicit folder, the worker bundle's assets, or the lib's sources. */
function candidateDirs(): string[] {
  const dirs: string[] = [];
  const configured = process.env['CERTIFICATE_FONTS_DIR'];
  if (configured) dirs.push(resolve(configured));
  const entry = process.argv[1];
  if (entry) dirs.push(join(dirname(resolve(entry)), 'assets/certification/fonts'));
  dirs.push(resolve(__dirname, '../../../assets/fonts'));
  dirs.push(resolve(process.cwd(), 'libs/server/certification/assets/fonts'));
  return dirs;
}

export function findFontsDir(): string {
  const dirs = candidateDirs();
  const found = dirs.find((dir) => existsSync(join(dir, FONT_FILES.regular)));
  if (!found) {
    throw new Error(
      `Certificate fonts not found (looked in ${dirs.join(', ')}); set CERTIFICATE_FONTS_DIR`,
    );
  }
  return found;
}

/**
 * Parsed once per process and handed to every document: PDFKit accepts a fontkit font, and
 * re-parsing a 700 kB TrueType file per certificate would cost more than drawing it.
 */
export function loadCertificateFonts(dir = findFontsDir()): Record<FontName, Font> {
  const load = (file: string): Font => {
    const font = create(readFileSync(join(dir, file)));
    if (!('layout' in font)) throw new Error(`${file} is a font collection, not a font`);
    return withSharedLayoutCache(font);
  };
  return { regular: load(FONT_FILES.regular), bold: load(FONT_FILES.bold) };
}
