import type { Lang, LocalizedText } from '../i18n/lang';
import { enumValues, isEnumValue, labelOf } from './enum-values';

/** Kinds of ASN position (jabatan), from senior executive down to staff. */
export const PositionType = Object.freeze({
  JPT: 'JPT',
  ADMINISTRATOR: 'ADMINISTRATOR',
  PENGAWAS: 'PENGAWAS',
  FUNGSIONAL: 'FUNGSIONAL',
  PELAKSANA: 'PELAKSANA',
} as const);
export type PositionType = (typeof PositionType)[keyof typeof PositionType];

export const POSITION_TYPES = enumValues(PositionType);

const POSITION_TYPE_LABELS: Readonly<Record<PositionType, LocalizedText>> = {
  JPT: { id: 'Jabatan Pimpinan Tinggi (JPT)', en: 'Senior executive (JPT)' },
  ADMINISTRATOR: { id: 'Jabatan Administrator', en: 'Administrator' },
  PENGAWAS: { id: 'Jabatan Pengawas', en: 'Supervisor' },
  FUNGSIONAL: { id: 'Jabatan Fungsional', en: 'Functional (specialist)' },
  PELAKSANA: { id: 'Jabatan Pelaksana', en: 'Staff (pelaksana)' },
};

export function isPositionType(value: unknown): value is PositionType {
  return isEnumValue(PositionType, value);
}

export function positionTypeLabel(value: PositionType, lang: Lang = 'id'): string {
  return labelOf(POSITION_TYPE_LABELS, value, lang);
}
