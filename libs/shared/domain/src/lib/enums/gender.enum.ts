import type { Lang, LocalizedText } from '../i18n/lang';
import { enumValues, isEnumValue, labelOf } from './enum-values';

/** Gender as encoded in digit 15 of a NIP. */
export const Gender = Object.freeze({ MALE: 'MALE', FEMALE: 'FEMALE' } as const);
export type Gender = (typeof Gender)[keyof typeof Gender];

export const GENDERS = enumValues(Gender);

const GENDER_LABELS: Readonly<Record<Gender, LocalizedText>> = {
  MALE: { id: 'Laki-laki', en: 'Male' },
  FEMALE: { id: 'Perempuan', en: 'Female' },
};

export function isGender(value: unknown): value is Gender {
  return isEnumValue(Gender, value);
}

export function genderLabel(value: Gender, lang: Lang = 'id'): string {
  return labelOf(GENDER_LABELS, value, lang);
}
