/**
 * The shape of a dictionary written in Bahasa Indonesia, every leaf a string. Typing the English
 * dictionary with it makes the compiler report a missing or extra key in either language.
 */
export type TranslationShape<T> = {
  readonly [K in keyof T]: T[K] extends string ? string : TranslationShape<T[K]>;
};
