import type { Lang, LocalizedText } from '../i18n/lang';
import { enumValues, isEnumValue, labelOf } from './enum-values';

/** The three ASN competencies: teknis, manajerial, sosial kultural. */
export const CompetencyType = Object.freeze({
  TECHNICAL: 'TECHNICAL',
  MANAGERIAL: 'MANAGERIAL',
  SOCIO_CULTURAL: 'SOCIO_CULTURAL',
} as const);
export type CompetencyType = (typeof CompetencyType)[keyof typeof CompetencyType];

export const COMPETENCY_TYPES = enumValues(CompetencyType);

const COMPETENCY_LABELS: Readonly<Record<CompetencyType, LocalizedText>> = {
  TECHNICAL: { id: 'Teknis', en: 'Technical' },
  MANAGERIAL: { id: 'Manajerial', en: 'Managerial' },
  SOCIO_CULTURAL: { id: 'Sosial kultural', en: 'Socio-cultural' },
};

export function isCompetencyType(value: unknown): value is CompetencyType {
  return isEnumValue(CompetencyType, value);
}

export function competencyLabel(value: CompetencyType, lang: Lang = 'id'): string {
  return labelOf(COMPETENCY_LABELS, value, lang);
}
