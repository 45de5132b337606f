import type { Lang, LocalizedText } from '../i18n/lang';
import { enumValues, isEnumValue, labelOf } from './enum-values';

/** PNS are permanent civil servants; PPPK are government employees on work agreements. */
export const EmploymentType = Object.freeze({ PNS: 'PNS', PPPK: 'PPPK' } as const);
export type EmploymentType = (typeof EmploymentType)[keyof typeof EmploymentType];

export const EMPLOYMENT_TYPES = enumValues(EmploymentType);

const EMPLOYMENT_TYPE_LABELS: Readonly<Record<EmploymentType, LocalizedText>> = {
  PNS: { id: 'Pegawai Negeri Sipil (PNS)', en: 'Civil servant (PNS)' },
  PPPK: {
    id: 'Pegawai Pemerintah dengan Perjanjian Kerja (PPPK)',
    en: 'Government employee with a work agreement (PPPK)',
  },
};

export function isEmploymentType(value: unknown): value is EmploymentType {
  return isEnumValue(EmploymentType, value);
}

export function employmentTypeLabel(value: EmploymentType, lang: Lang = 'id'): string {
  return labelOf(EMPLOYMENT_TYPE_LABELS, value, lang);
}
