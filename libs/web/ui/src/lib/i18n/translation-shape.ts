/**
 * The shape of a dictionary written in Bahasa Indonesia, every leaf a string; typing the English
 * dictionary with it makes the compiler report a missing or extra key. (web-core has the same
 * type: a ui lib may not import a data-access lib.)
 */
export type TranslationShape<T> = {
  readonly [K in keyof T]: T[K] extends string ? string : TranslationShape<T[K]>;
};
