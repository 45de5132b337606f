import type { Lang, LocalizedText } from '../i18n/lang';
import { enumValues, isEnumValue, labelOf } from './enum-values';

/** Account roles; the names are part of the public contract (`CreateUserInput.roles`). */
export const Role = Object.freeze({
  ADMIN: 'ADMIN',
  ORGANIZER: 'ORGANIZER',
  INSTRUCTOR: 'INSTRUCTOR',
  HR_ANALYST: 'HR_ANALYST',
  LEARNER: 'LEARNER',
} as const);
export type Role = (typeof Role)[keyof typeof Role];

export const ROLES = enumValues(Role);

const ROLE_LABELS: Readonly<Record<Role, LocalizedText>> = {
  ADMIN: { id: 'Administrator', en: 'Administrator' },
  ORGANIZER: { id: 'Penyelenggara', en: 'Training organizer' },
  INSTRUCTOR: { id: 'Pengajar (widyaiswara/narasumber)', en: 'Instructor' },
  HR_ANALYST: { id: 'Analis SDM (BKD/BKPSDM)', en: 'HR analyst (BKD/BKPSDM)' },
  LEARNER: { id: 'Peserta', en: 'Learner' },
};

export function isRole(value: unknown): value is Role {
  return isEnumValue(Role, value);
}

export function roleLabel(value: Role, lang: Lang = 'id'): string {
  return labelOf(ROLE_LABELS, value, lang);
}
