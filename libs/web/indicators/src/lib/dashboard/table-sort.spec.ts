import { sortRows, UNSORTED } from './table-sort';

const rows = [
  { name: 'Dinas Sosial', rate: 0.1 },
  { name: 'Bidang Aplikasi', rate: 0.3 },
  { name: 'dinas kesehatan', rate: 0.3 },
  { name: 'Inspektorat', rate: 0.2 },
];
const value = (row: (typeof rows)[number], column: string) =>
  column === 'name' ? row.name : row.rate;

describe('sortRows', () => {
  it('keeps the API order when unsorted', () => {
    expect(sortRows(rows, UNSORTED, value, 'id-ID')).toBe(rows);
  });

  it('sorts numbers descending and keeps equal rows in their order', () => {
    const sorted = sortRows(rows, { active: 'rate', direction: 'desc' }, value, 'id-ID');
    expect(sorted.map((r) => r.name)).toEqual([
      'Bidang Aplikasi',
      'dinas kesehatan',
      'Inspektorat',
      'Dinas Sosial',
    ]);
  });

  it('sorts names without regard to case', () => {
    const sorted = sortRows(rows, { active: 'name', direction: 'asc' }, value, 'id-ID');
    expect(sorted.map((r) => r.name)).toEqual([
      'Bidang Aplikasi',
      'dinas kesehatan',
      'Dinas Sosial',
      'Inspektorat',
    ]);
  });
});
