import { CompetencyType, Rng } from '@lms/shared/domain';

// What one generation step hands the next: the rows it inserted, with the weights later steps
// draw them by.

export interface RegionRow {
  id: string;
  code: string;
  name: string;
  type: 'REGENCY' | 'CITY';
  weight: number;
}

export interface AgencyRow {
  id: string;
  regionId: string;
  parentId: string | null;
  code: string;
  name: string;
  path: string;
  depth: number;
  weight: number;
}

export interface EmployeeRef {
  id: string;
  nip: string;
  regionId: string;
  agencyId: string;
}

export interface CourseRow {
  id: string;
  code: string;
  title: string;
  competency: CompetencyType;
  digital: boolean;
  jp: number;
  level: number;
  weight: number;
}

export const pad = (n: number) => String(n).padStart(2, '0');

/** Picks from weighted items in O(log n), for a million draws. */
export function weightedPicker<T extends { weight: number }>(
  rng: Rng,
  items: readonly T[],
): () => T {
  const cumulative: number[] = [];
  let total = 0;
  for (const item of items) {
    total += item.weight;
    cumulative.push(total);
  }
  return () => {
    const point = rng() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] > point) hi = mid;
      else lo = mid + 1;
    }
    return items[lo];
  };
}
