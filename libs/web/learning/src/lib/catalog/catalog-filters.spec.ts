import type { CompetencyItemFragment } from '@lms/web/core';

import {
  CATALOG_PAGE_SIZE,
  catalogVariables,
  competencyGroups,
  hasFilters,
  NO_FILTERS,
} from './catalog-filters';

describe('catalogVariables', () => {
  it('sends no filter when none is chosen', () => {
    expect(catalogVariables(NO_FILTERS)).toEqual({
      first: CATALOG_PAGE_SIZE,
      after: null,
      search: null,
      competency: null,
      competencyId: null,
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
      competencyId: 'k1',
      level: 3,
      delivery: 'ONLINE' as const,
      digital: 'digital' as const,
    };
    expect(catalogVariables(filters, 'c12', 6)).toEqual({
      first: 6,
      after: 'c12',
      search: 'keamanan',
      competency: 'TECHNICAL',
      competencyId: 'k1',
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

  it('counts a specific competency alone as a filter', () => {
    expect(hasFilters({ ...NO_FILTERS, competencyId: 'k1' })).toBe(true);
    expect(catalogVariables({ ...NO_FILTERS, competencyId: 'k1' }).competencyId).toBe('k1');
  });
});

describe('competencyGroups', () => {
  const competency = (id: string, type: CompetencyItemFragment['type']) =>
    ({ id, code: id, name: id, type, regionId: null }) satisfies CompetencyItemFragment;
  const all = [
    competency('S.01', 'SOCIO_CULTURAL'),
    competency('T.01', 'TECHNICAL'),
    competency('M.01', 'MANAGERIAL'),
    competency('M.02', 'MANAGERIAL'),
  ];

  it('groups every competency under its type when no type is chosen', () => {
    expect(competencyGroups(all).map((g) => [g.type, g.competencies.map((c) => c.id)])).toEqual([
      ['TECHNICAL', ['T.01']],
      ['MANAGERIAL', ['M.01', 'M.02']],
      ['SOCIO_CULTURAL', ['S.01']],
    ]);
  });

  it('keeps only the chosen type, and nothing for a type without competencies', () => {
    expect(competencyGroups(all, 'MANAGERIAL')).toEqual([
      { type: 'MANAGERIAL', competencies: [all[2], all[3]] },
    ]);
    expect(competencyGroups(all.slice(1), 'SOCIO_CULTURAL')).toEqual([]);
  });
});
