import { InvalidInputError } from '../errors/domain-error';
import { readCsv } from './csv-reader';

const options = { required: ['nip', 'full_name'], optional: ['email'], maxRows: 3 };

describe('readCsv', () => {
  it('reads rows with their line numbers, quoted fields and a BOM', () => {
    const rows = readCsv(
      '\uFEFFNIP,Full_Name,email,extra\n1,"Budi, S.Kom.",b@x.id,zz\n\n2,"Siti ""Ani""",,',
      options,
    );
    expect(rows).toEqual([
      { line: 2, values: { nip: '1', full_name: 'Budi, S.Kom.', email: 'b@x.id' } },
      { line: 4, values: { nip: '2', full_name: 'Siti "Ani"', email: '' } },
    ]);
  });

  it.each([
    ['an empty file', '  \n'],
    ['a missing column', 'nip,email\n1,a@b.c'],
    ['an unclosed quote', 'nip,full_name\n1,"Budi'],
    ['too many rows', 'nip,full_name\n1,a\n2,b\n3,c\n4,d'],
    ['a row with more fields than the header', 'nip,full_name\n1,a,extra'],
  ])('fails %s on the csv field', (_label, text) => {
    let error: unknown;
    try {
      readCsv(text, options);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).field).toBe('csv');
  });

  it('accepts empty trailing fields (spreadsheet exports add them)', () => {
    expect(readCsv('nip,full_name\n1,a,,', options)).toEqual([
      { line: 2, values: { nip: '1', full_name: 'a' } },
    ]);
  });
});
