import type { AgencyItemFragment } from '@lms/web/core';

/** An agency as a select offers it: indented under its parent, in the API's tree order. */
export interface AgencyOption {
  id: string;
  name: string;
  code: string;
  depth: number;
}

export interface AgencyOptionGroup {
  regionId: string;
  regionName: string;
  agencies: readonly AgencyOption[];
}

/**
 * Groups the tree-ordered agencies by region, keeping the API's order (parents before their
 * units) inside each group, so an administrator who sees every region picks the right kabupaten's
 * "Dinas Pendidikan", and an analyst of one region sees one group.
 */
export function agencyOptionGroups(agencies: readonly AgencyItemFragment[]): AgencyOptionGroup[] {
  const groups = new Map<
    string,
    { regionId: string; regionName: string; agencies: AgencyOption[] }
  >();
  for (const agency of agencies) {
    let group = groups.get(agency.region.id);
    if (!group) {
      group = { regionId: agency.region.id, regionName: agency.region.name, agencies: [] };
      groups.set(agency.region.id, group);
    }
    group.agencies.push({
      id: agency.id,
      name: agency.name,
      code: agency.code,
      depth: agency.depth,
    });
  }
  return [...groups.values()];
}

/** The name of an agency id among the groups, for summaries and file names. */
export function agencyName(groups: readonly AgencyOptionGroup[], id: string | null): string | null {
  if (!id) {
    return null;
  }
  for (const group of groups) {
    const found = group.agencies.find((agency) => agency.id === id);
    if (found) {
      return found.name;
    }
  }
  return null;
}
