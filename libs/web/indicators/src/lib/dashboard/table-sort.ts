/** A Material sort state: the column and the direction ('' = the API's order). */
export interface TableSort {
  active: string;
  direction: 'asc' | 'desc' | '';
}

export const UNSORTED: TableSort = { active: '', direction: '' };

/**
 * Rows ordered by one column; equal values keep the API's order (a stable sort), so sorting by
 * a rate keeps agencies with the same rate in their tree order.
 */
export function sortRows<T>(
  rows: readonly T[],
  sort: TableSort,
  value: (row: T, column: string) => string | number,
  locale: string,
): readonly T[] {
  if (!sort.active || !sort.direction) {
    return rows;
  }
  const factor = sort.direction === 'asc' ? 1 : -1;
  const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
  return rows
    .map((row, index) => ({ row, index, key: value(row, sort.active) }))
    .sort((a, b) => {
      const order =
        typeof a.key === 'number' && typeof b.key === 'number'
          ? a.key - b.key
          : collator.compare(String(a.key), String(b.key));
      return order === 0 ? a.index - b.index : order * factor;
    })
    .map((entry) => entry.row);
}
