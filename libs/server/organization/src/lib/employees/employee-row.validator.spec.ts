import type { Agency } from '../agencies/agency.entity';
import { validateEmployeeRow } from './employee-row.validator';

const agencies = new Map([
  ['BWI-SETDA', { id: 'a1', regionId: 'r1', code: 'BWI-SETDA' } as Agency],
]);
const row = (values: Record<string, string>) => ({
  line: 7,
  values: {
    nip: '198503152010011001',
    full_name: 'Budi  Santoso',
    email: 'Budi@Example.go.id',
    agency_code: 'BWI-SETDA',
    grade: 'III/a',
    position_title: 'Analis',
    ...values,
  },
});

describe('validateEmployeeRow', () => {
  it('normalizes a good row', () => {
    expect(validateEmployeeRow(row({ nip: '19850315 201001 1 001' }), agencies, 'en')).toEqual({
      row: expect.objectContaining({
        line: 7,
        nip: '198503152010011001',
        fullName: 'Budi Santoso',
        email: 'budi@example.go.id',
        agencyId: 'a1',
        regionId: 'r1',
        employmentType: 'PNS',
        active: true,
      }),
    });
  });

  it.each([
    ['nip', { nip: '12345' }],
    ['full_name', { full_name: '' }],
    ['email', { email: 'not-an-email' }],
    ['agency_code', { agency_code: 'NOPE' }],
    ['grade', { grade: 'V/z' }],
    ['grade', { grade: 'IX' }],
    ['position_type', { position_type: 'KING' }],
  ])('rejects a bad %s with the line and field', (field, values) => {
    const result = validateEmployeeRow(row(values), agencies, 'en');
    expect(result).toEqual({
      error: { line: 7, field, message: expect.stringMatching(new RegExp(`^${field}: `)) },
    });
  });

  it('accepts a PPPK grade for a PPPK NIP and refuses a PNS one', () => {
    const pppk = '199001012022212001';
    expect(validateEmployeeRow(row({ nip: pppk, grade: 'IX' }), agencies, 'en')).toHaveProperty(
      'row.employmentType',
      'PPPK',
    );
    expect(validateEmployeeRow(row({ nip: pppk, grade: 'III/a' }), agencies, 'en')).toHaveProperty(
      'error.field',
      'grade',
    );
  });

  it('explains NIP problems in the requested language', () => {
    const id = validateEmployeeRow(row({ nip: '12345' }), agencies, 'id');
    const en = validateEmployeeRow(row({ nip: '12345' }), agencies, 'en');
    expect(id).not.toEqual(en);
  });
});
