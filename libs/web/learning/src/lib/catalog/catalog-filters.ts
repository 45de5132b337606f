import type { CatalogQueryVariables, CompetencyType, CourseDelivery } from '@lms/web/core';

/** Whether to keep only digital courses, only non-digital ones, or both. */
export type DigitalFilter = 'any' | 'digital' | 'nonDigital';

export interface CatalogFilters {
  search: string;
  competency: CompetencyType | null;
  level: number | null;
  delivery: CourseDelivery | null;
  digital: DigitalFilter;
}

export const NO_FILTERS: CatalogFilters = {
  search: '',
  competency: null,
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
    level: filters.level,
    delivery: filters.delivery,
    digital: filters.digital === 'any' ? null : filters.digital === 'digital',
  };
}

export function hasFilters(filters: CatalogFilters): boolean {
  return (
    filters.search.trim() !== '' ||
    filters.competency !== null ||
    filters.level !== null ||
    filters.delivery !== null ||
    filters.digital !== 'any'
  );
}
