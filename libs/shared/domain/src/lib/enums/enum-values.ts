import type { Lang, LocalizedText } from '../i18n/lang';

/** The values of a string-literal const object, in declaration order. */
export function enumValues<T extends Record<string, string>>(enumObject: T): readonly T[keyof T][] {
  return Object.freeze(Object.values(enumObject) as T[keyof T][]);
}

/** A type guard for the values of a string-literal const object. */
export function isEnumValue<T extends Record<string, string>>(
  enumObject: T,
  value: unknown,
): value is T[keyof T] {
  return typeof value === 'string' && (Object.values(enumObject) as unknown[]).includes(value);
}

/** Reads a label, failing loudly on a value outside the enum rather than showing `undefined`. */
export function labelOf<V extends string>(
  labels: Readonly<Record<V, LocalizedText>>,
  value: V,
  lang: Lang,
): string {
  const label = (labels as Readonly<Record<string, LocalizedText | undefined>>)[value];
  if (!label) {
    throw new RangeError(`No label for value ${JSON.stringify(value)}`);
  }
  return label[lang] ?? label.id;
}
