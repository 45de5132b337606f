import { openDataCsvPath, openDataMetadataPath, siasnCsvPath } from './export-paths';

describe('export paths', () => {
  it('points at the API’s export routes', () => {
    expect(openDataCsvPath(2025)).toBe('/api/indicators/open-data/2025/data.csv');
    expect(openDataMetadataPath(2025)).toBe('/api/indicators/open-data/2025/metadata.json');
  });

  it('adds only the SIASN filters that are set', () => {
    expect(siasnCsvPath({ year: null, agencyId: null })).toBe('/api/indicators/siasn-courses.csv');
    expect(siasnCsvPath({ year: 2024, agencyId: 'a-1' })).toBe(
      '/api/indicators/siasn-courses.csv?year=2024&agencyId=a-1',
    );
  });
});
