/** The API's analyst export routes (ExportController), relative: the API serves the app. */
const BASE = '/api/indicators';

export function openDataCsvPath(year: number): string {
  return `${BASE}/open-data/${year}/data.csv`;
}

export function openDataMetadataPath(year: number): string {
  return `${BASE}/open-data/${year}/metadata.json`;
}

export function siasnCsvPath(filter: { year: number | null; agencyId: string | null }): string {
  const query = new URLSearchParams();
  if (filter.year !== null) query.set('year', String(filter.year));
  if (filter.agencyId) query.set('agencyId', filter.agencyId);
  const text = query.toString();
  return `${BASE}/siasn-courses.csv${text ? `?${text}` : ''}`;
}
