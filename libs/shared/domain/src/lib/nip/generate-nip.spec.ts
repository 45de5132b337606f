import { generateNip } from './generate-nip';
import { parseNip } from './parse-nip';

const TODAY = new Date(2024, 5, 15);

describe('generateNip', () => {
  it('builds the contract example', () => {
    expect(
      generateNip({
        birthDate: '1985-03-15',
        appointment: '2010-01',
        gender: 'MALE',
        sequence: 1,
      }),
    ).toBe('198503152010011001');
  });

  it('builds a PPPK number that parses back', () => {
    const nip = generateNip({
      birthDate: '1990-05-10',
      appointment: { year: 2021, pppk: true },
      gender: 'FEMALE',
      sequence: 42,
    });
    expect(nip).toBe('199005102021212042');
    expect(parseNip(nip, TODAY)).toMatchObject({
      valid: true,
      birthDate: '1990-05-10',
      appointmentMonth: '2021',
      gender: 'FEMALE',
      sequence: 42,
      employmentType: 'PPPK',
    });
  });

  it('round-trips through parseNip', () => {
    const nip = generateNip({
      birthDate: '2000-02-29',
      appointment: '2022-12',
      gender: 'FEMALE',
      sequence: 999,
    });
    expect(parseNip(nip, TODAY)).toMatchObject({
      valid: true,
      birthDate: '2000-02-29',
      appointmentMonth: '2022-12',
      gender: 'FEMALE',
      sequence: 999,
      employmentType: 'PNS',
    });
  });

  it('leaves relational rules to parseNip', () => {
    const nip = generateNip({
      birthDate: '1985-03-15',
      appointment: '2030-01',
      gender: 'MALE',
      sequence: 1,
    });
    expect(parseNip(nip, TODAY).errors).toEqual(['APPOINTMENT_IN_FUTURE']);
  });

  const base = {
    birthDate: '1985-03-15',
    appointment: '2010-01',
    gender: 'MALE',
    sequence: 1,
  } as const;

  it.each([
    [{ birthDate: '1985-02-29' }, /birthDate/],
    [{ birthDate: '19850315' }, /birthDate/],
    [{ birthDate: '1899-12-31' }, /birthDate/],
    [{ appointment: '2010-13' }, /appointment/],
    [{ appointment: '2010-1' }, /appointment/],
    [{ appointment: '201001' }, /appointment/],
    [{ appointment: '2010-21' }, /appointment/],
    [{ appointment: { year: 1899, pppk: true } }, /PPPK/],
    [{ appointment: { year: 2021.5, pppk: true } }, /PPPK/],
    [{ appointment: { year: 2021, pppk: false } }, /PPPK/],
    [{ gender: 'X' }, /gender/],
    [{ sequence: 0 }, /sequence/],
    [{ sequence: 1000 }, /sequence/],
    [{ sequence: 1.5 }, /sequence/],
  ])('rejects %p', (override, message) => {
    expect(() => generateNip({ ...base, ...override } as never)).toThrow(message);
    expect(() => generateNip({ ...base, ...override } as never)).toThrow(RangeError);
  });
});
