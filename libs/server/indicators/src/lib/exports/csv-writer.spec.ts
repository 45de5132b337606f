import { toCsv } from './csv-writer';

describe('toCsv', () => {
  it('quotes commas, quotes and line breaks, and leaves plain cells alone', () => {
    expect(
      toCsv(
        ['nip', 'nama', 'jp'],
        [
          ['198503152010011001', 'Budi, S.Kom.', 4.5],
          ['198503152010011002', 'Siti "Ani"\nRahayu', null],
        ],
      ),
    ).toBe(
      'nip,nama,jp\r\n198503152010011001,"Budi, S.Kom.",4.5\r\n198503152010011002,"Siti ""Ani""\nRahayu",\r\n',
    );
  });

  it('defuses text that a spreadsheet would run as a formula, but not negative numbers', () => {
    expect(toCsv(['a', 'b', 'c'], [['=HYPERLINK("x")', '@SUM(A1)', -3]])).toBe(
      'a,b,c\r\n"\'=HYPERLINK(""x"")",\'@SUM(A1),-3\r\n',
    );
  });
});
