import { COMPETENCY_TYPES } from '@lms/shared/domain';
import type {
  CatalogQueryVariables,
  CompetencyItemFragment,
  CompetencyType,
  CourseDelivery,
} from '@lms/web/core';

/** Whether to keep only digital courses, only non-digital ones, or both. */
export type DigitalFilter = 'any' | 'digital' | 'nonDigital';

export interface CatalogFilters {
  search: string;
  competency: CompetencyType | null;
  /** A specific competency (of `competency` when a type is chosen). */
  competencyId: string | null;
  level: number | null;
  delivery: CourseDelivery | null;
  digital: DigitalFilter;
}

export const NO_FILTERS: CatalogFilters = {
  search: '',
  competency: null,
  competencyId: null,
  level: null,
  delivery: null,
  digital: 'any',
};

export const CATALOG_PAGE_SIZE = 12;

/** The `catalog` query's variables for one page of `filters`; empty filters are left out. */
export function catalogVariables(
  filters: CatalogFilters,
  after: string | null = null,
  first = CATALOG_PAGE_SIZE,
): CatalogQueryVariables {
  return {
    first,
    after,
    search: filters.search.trim() || null,
    competency: filters.competency,
    competencyId: filters.competencyId,
    level: filters.level,
    delivery: filters.delivery,
    digital: filters.digital === 'any' ? null : filters.digital === 'digital',
  };
}

export function hasFilters(filters: CatalogFilters): boolean {
  return (
    filters.search.trim() !== '' ||
    filters.competency !== null ||
    filters.competencyId !== null ||
    filters.level !== null ||
    filters.delivery !== null ||
    filters.digital !== 'any'
  );
}

export interface CompetencyGroup {
  type: CompetencyType;
  competencies: readonly CompetencyItemFragment[];
}

/**
 * The specific competencies under their type (only `type`'s when one is chosen), types in the
 * usual order, empty types left out.
 */
export function competencyGroups(
  competencies: readonly CompetencyItemFragment[],
  type: CompetencyType | null = null,
): CompetencyGroup[] {
  return COMPETENCY_TYPES.filter((t) => type === null || t === type)
    .map((t) => ({ type: t, competencies: competencies.filter((c) => c.type === t) }))
    .filter((group) => group.competencies.length > 0);
}
