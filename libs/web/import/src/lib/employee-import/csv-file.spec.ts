import { checkCsvFile, csvTemplateHref, formatBytes, MAX_CSV_BYTES, readCsvText } from './csv-file';

describe('CSV file checks', () => {
  it('accepts a CSV by extension or type and refuses other files', () => {
    expect(checkCsvFile({ name: 'pegawai.CSV', size: 10, type: '' })).toBeNull();
    expect(checkCsvFile({ name: 'export', size: 10, type: 'text/csv' })).toBeNull();
    expect(checkCsvFile({ name: 'pegawai.xlsx', size: 10, type: 'application/zip' })).toBe(
      'notCsv',
    );
  });

  it('refuses empty and oversized files', () => {
    expect(checkCsvFile({ name: 'a.csv', size: 0, type: 'text/csv' })).toBe('empty');
    expect(checkCsvFile({ name: 'a.csv', size: MAX_CSV_BYTES + 1, type: 'text/csv' })).toBe(
      'tooLarge',
    );
  });

  it('drops the byte-order mark Excel writes', async () => {
    const blob = { text: () => Promise.resolve('\uFEFFnip,full_name\n') } as Blob;
    await expect(readCsvText(blob)).resolves.toBe('nip,full_name\n');
  });

  it('offers a template holding only the header', () => {
    const href = csvTemplateHref(['nip', 'full_name']);
    expect(href.startsWith('data:text/csv;charset=utf-8,')).toBe(true);
    expect(decodeURIComponent(href.split(',').slice(1).join(','))).toBe('nip,full_name\r\n');
  });

  it('formats sizes for people', () => {
    expect(formatBytes(512, 'id-ID')).toBe('512 B');
    expect(formatBytes(1536, 'en-GB')).toBe('1.5 KB');
    expect(formatBytes(10 * 1024 * 1024, 'id-ID')).toBe('10 MB');
  });
});
