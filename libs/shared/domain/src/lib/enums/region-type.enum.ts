import type { Lang, LocalizedText } from '../i18n/lang';
import { enumValues, isEnumValue, labelOf } from './enum-values';

/** Levels of regional government (Pemda): provinsi, kabupaten, kota. */
export const RegionType = Object.freeze({
  PROVINCE: 'PROVINCE',
  REGENCY: 'REGENCY',
  CITY: 'CITY',
} as const);
export type RegionType = (typeof RegionType)[keyof typeof RegionType];

export const REGION_TYPES = enumValues(RegionType);

const REGION_TYPE_LABELS: Readonly<Record<RegionType, LocalizedText>> = {
  PROVINCE: { id: 'Provinsi', en: 'Province' },
  REGENCY: { id: 'Kabupaten', en: 'Regency' },
  CITY: { id: 'Kota', en: 'City' },
};

export function isRegionType(value: unknown): value is RegionType {
  return isEnumValue(RegionType, value);
}

export function regionTypeLabel(value: RegionType, lang: Lang = 'id'): string {
  return labelOf(REGION_TYPE_LABELS, value, lang);
}
