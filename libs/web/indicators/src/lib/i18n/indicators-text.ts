import type { Lang } from '@lms/shared/domain';

import { INDICATORS_EN } from './indicators.en';
import { INDICATORS_ID } from './indicators.id';

export type IndicatorsText = typeof INDICATORS_EN;

/**
 * The dictionary itself, for texts built in code (chart series, summaries, ARIA labels): they must
 * follow the language signal synchronously, before Transloco's scope has loaded.
 */
export function indicatorsText(lang: Lang): IndicatorsText {
  return lang === 'en' ? INDICATORS_EN : INDICATORS_ID;
}

/** Transloco's `{{name}}` interpolation, for the texts above. */
export function fill(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** A dictionary entry by its dotted path below the scope (`summary.single`), or the path. */
export function lookup(text: IndicatorsText, path: string): string {
  let node: unknown = text;
  for (const part of path.split('.')) {
    node =
      typeof node === 'object' && node !== null
        ? (node as Record<string, unknown>)[part]
        : undefined;
  }
  return typeof node === 'string' ? node : path;
}
