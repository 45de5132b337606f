import type { AgencyItemFragment } from '@lms/web/core';

import { groupAgenciesByRegion } from './agency-options';

function agency(id: string, regionId: string, depth = 0): AgencyItemFragment {
  return {
    id,
    code: id,
    name: `Agency ${id}`,
    parentId: null,
    depth,
    region: { id: regionId, code: regionId, name: `Region ${regionId}`, type: 'REGENCY' },
  };
}

describe('groupAgenciesByRegion', () => {
  it('groups by region and keeps the tree order inside each group', () => {
    const groups = groupAgenciesByRegion([
      agency('a', 'r1'),
      agency('a.1', 'r1', 1),
      agency('b', 'r2'),
      agency('a.2', 'r1', 1),
    ]);
    expect(groups.map((g) => [g.regionName, g.agencies.map((a) => a.id)])).toEqual([
      ['Region r1', ['a', 'a.1', 'a.2']],
      ['Region r2', ['b']],
    ]);
  });
});
