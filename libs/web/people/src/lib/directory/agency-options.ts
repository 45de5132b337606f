import type { AgencyItemFragment } from '@lms/web/core';

export interface AgencyOptionGroup {
  regionName: string;
  agencies: readonly AgencyItemFragment[];
}

/**
 * Groups the tree-ordered agencies by region, keeping the API's order inside each group, so an
 * administrator who sees every region picks "Dinas Pendidikan" of the right kabupaten.
 */
export function groupAgenciesByRegion(
  agencies: readonly AgencyItemFragment[],
): AgencyOptionGroup[] {
  const groups = new Map<string, { regionName: string; agencies: AgencyItemFragment[] }>();
  for (const agency of agencies) {
    let group = groups.get(agency.region.id);
    if (!group) {
      group = { regionName: agency.region.name, agencies: [] };
      groups.set(agency.region.id, group);
    }
    group.agencies.push(agency);
  }
  return [...groups.values()];
}
