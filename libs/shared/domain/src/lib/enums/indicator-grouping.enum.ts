import type { Lang, LocalizedText } from '../i18n/lang';
import { enumValues, isEnumValue, labelOf } from './enum-values';

/** How `literacyIndicators` groups its rows. */
export const IndicatorGrouping = Object.freeze({
  REGION: 'REGION',
  AGENCY: 'AGENCY',
  COMPETENCY: 'COMPETENCY',
  GRADE: 'GRADE',
} as const);
export type IndicatorGrouping = (typeof IndicatorGrouping)[keyof typeof IndicatorGrouping];

export const INDICATOR_GROUPINGS = enumValues(IndicatorGrouping);

const INDICATOR_GROUPING_LABELS: Readonly<Record<IndicatorGrouping, LocalizedText>> = {
  REGION: { id: 'Wilayah', en: 'Region' },
  AGENCY: { id: 'Perangkat daerah', en: 'Agency' },
  COMPETENCY: { id: 'Kompetensi', en: 'Competency' },
  GRADE: { id: 'Golongan', en: 'Grade' },
};

export function isIndicatorGrouping(value: unknown): value is IndicatorGrouping {
  return isEnumValue(IndicatorGrouping, value);
}

export function indicatorGroupingLabel(value: IndicatorGrouping, lang: Lang = 'id'): string {
  return labelOf(INDICATOR_GROUPING_LABELS, value, lang);
}
