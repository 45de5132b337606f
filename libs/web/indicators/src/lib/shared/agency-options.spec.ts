import type { AgencyItemFragment } from '@lms/web/core';

import { agencyName, agencyOptionGroups } from './agency-options';

function agency(id: string, name: string, depth: number, regionId: string): AgencyItemFragment {
  return {
    id,
    code: id.toUpperCase(),
    name,
    parentId: null,
    depth,
    region: { id: regionId, code: regionId, name: `Region ${regionId}`, type: 'REGENCY' },
  };
}

describe('agencyOptionGroups', () => {
  it('groups by region in the API’s tree order, keeping each depth for indenting', () => {
    const groups = agencyOptionGroups([
      agency('kominfo', 'Dinas Kominfo', 0, 'bwi'),
      agency('aptika', 'Bidang Aplikasi Informatika', 1, 'bwi'),
      agency('dinkes', 'Dinas Kesehatan', 0, 'mdn'),
      agency('sekda', 'Sekretariat Daerah', 0, 'bwi'),
    ]);
    expect(groups.map((g) => [g.regionName, g.agencies.map((a) => `${a.depth}:${a.id}`)])).toEqual([
      ['Region bwi', ['0:kominfo', '1:aptika', '0:sekda']],
      ['Region mdn', ['0:dinkes']],
    ]);
    expect(agencyName(groups, 'aptika')).toBe('Bidang Aplikasi Informatika');
    expect(agencyName(groups, 'missing')).toBeNull();
    expect(agencyName(groups, null)).toBeNull();
  });
});
