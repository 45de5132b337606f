import { offeredYears } from './years';

describe('offeredYears', () => {
  it('offers this year first and never a future one', () => {
    expect(offeredYears(new Date(2026, 0, 1), 3)).toEqual([2026, 2025, 2024]);
  });
});
