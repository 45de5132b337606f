import { indicatorFilters } from './indicator-dashboard.service';

describe('indicatorFilters', () => {
  it('passes the filters through and gives the trend the same year', () => {
    expect(indicatorFilters({ year: 2025, agencyId: 'a1', competency: 'TECHNICAL' }, 2026)).toEqual(
      {
        filter: { year: 2025, agencyId: 'a1', competency: 'TECHNICAL' },
        trendFilter: { year: 2025, agencyId: 'a1', competency: 'TECHNICAL' },
      },
    );
  });

  it('keeps "every year" for the indicators but draws this year’s trend', () => {
    const { filter, trendFilter } = indicatorFilters(
      { year: null, agencyId: null, competency: null },
      2026,
    );
    expect(filter.year).toBeNull();
    expect(trendFilter.year).toBe(2026);
  });
});
