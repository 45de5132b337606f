import { csvCell, csvFilename, toCsv } from './csv';

describe('csvCell', () => {
  it('quotes commas, quotes and line breaks, doubling inner quotes', () => {
    expect(csvCell('Dinas Komunikasi, Informatika dan Persandian')).toBe(
      '"Dinas Komunikasi, Informatika dan Persandian"',
    );
    expect(csvCell('Kursus "Literasi Data"')).toBe('"Kursus ""Literasi Data"""');
    expect(csvCell('baris\nbaru')).toBe('"baris\nbaru"');
  });

  it('defuses text a spreadsheet would run as a formula, but not negative numbers', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+62 812')).toBe("'+62 812");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell(-1.5)).toBe('-1.5');
  });

  it('writes numbers with a dot, empties for null and non-finite values', () => {
    expect(csvCell(0.2727)).toBe('0.2727');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(true)).toBe('true');
  });
});

describe('toCsv', () => {
  it('writes the header then one CRLF line per row', () => {
    const csv = toCsv(
      [
        { header: 'nama', value: (row: { name: string; jp: number }) => row.name },
        { header: 'jp', value: (row) => row.jp },
      ],
      [
        { name: 'Sari, S.Kom.', jp: 12.5 },
        { name: 'Budi', jp: 0 },
      ],
    );
    expect(csv).toBe('nama,jp\r\n"Sari, S.Kom.",12.5\r\nBudi,0\r\n');
  });

  it('keeps the header for an empty table', () => {
    expect(toCsv([{ header: 'key', value: (row: { key: string }) => row.key }], [])).toBe(
      'key\r\n',
    );
  });
});

describe('csvFilename', () => {
  it('joins the parts as lower-case words without accents or punctuation', () => {
    expect(csvFilename('indikator-agency', 2026, 'Dinas Komunikasi, Informatika', null)).toBe(
      'indikator-agency-2026-dinas-komunikasi-informatika.csv',
    );
    expect(csvFilename('tren', 'Pérangkat Daérah')).toBe('tren-perangkat-daerah.csv');
  });

  it('falls back to a name when nothing usable is left', () => {
    expect(csvFilename('', null, '!!')).toBe('data.csv');
  });
});
