import { CATALOG_PAGE_SIZE, catalogVariables, hasFilters, NO_FILTERS } from './catalog-filters';

describe('catalogVariables', () => {
  it('sends no filter when none is chosen', () => {
    expect(catalogVariables(NO_FILTERS)).toEqual({
      first: CATALOG_PAGE_SIZE,
      after: null,
      search: null,
      competency: null,
      level: null,
      delivery: null,
      digital: null,
    });
    expect(hasFilters(NO_FILTERS)).toBe(false);
  });

  it('maps every filter and the cursor of the next page', () => {
    const filters = {
      search: '  keamanan ',
      competency: 'TECHNICAL' as const,
      level: 3,
      delivery: 'ONLINE' as const,
      digital: 'digital' as const,
    };
    expect(catalogVariables(filters, 'c12', 6)).toEqual({
      first: 6,
      after: 'c12',
      search: 'keamanan',
      competency: 'TECHNICAL',
      level: 3,
      delivery: 'ONLINE',
      digital: true,
    });
    expect(hasFilters(filters)).toBe(true);
  });

  it('asks for non-digital courses with digital: false', () => {
    expect(catalogVariables({ ...NO_FILTERS, digital: 'nonDigital' }).digital).toBe(false);
    expect(hasFilters({ ...NO_FILTERS, search: '   ' })).toBe(false);
  });
});
