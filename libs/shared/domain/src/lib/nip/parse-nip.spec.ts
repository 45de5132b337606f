import { NIP_ERROR_CODES, NipErrorCode } from './nip-error-code';
import { isValidNip, parseNip } from './parse-nip';

/** 15 June 2024 in the local time zone, as `parseNip` reads it. */
const TODAY = new Date(2024, 5, 15, 12, 0);
const E = NipErrorCode;

const errorsOf = (raw: string, today: Date = TODAY) => parseNip(raw, today).errors;

describe('parseNip: valid numbers', () => {
  it('accepts and decodes the contract example written with spaces', () => {
    expect(parseNip('19850315 201001 1 001', TODAY)).toEqual({
      nip: '198503152010011001',
      valid: true,
      errors: [],
      birthDate: '1985-03-15',
      appointmentMonth: '2010-01',
      gender: 'MALE',
      sequence: 1,
      employmentType: 'PNS',
    });
  });

  it('accepts the contract example with the default today', () => {
    expect(parseNip('19850315 201001 1 001').valid).toBe(true);
  });

  it('ignores every kind of whitespace', () => {
    const analysis = parseNip(' \t19850315\u00a0201001\n1 001\r\n\ufeff', TODAY);
    expect(analysis.nip).toBe('198503152010011001');
    expect(analysis.valid).toBe(true);
  });

  it('decodes a female employee and a larger sequence', () => {
    expect(parseNip('199002282015032157', TODAY)).toMatchObject({
      valid: true,
      birthDate: '1990-02-28',
      appointmentMonth: '2015-03',
      gender: 'FEMALE',
      sequence: 157,
      employmentType: 'PNS',
    });
  });

  it('accepts the PPPK form (year followed by 21) and reports only the year', () => {
    expect(parseNip('19900510 202121 1 003', TODAY)).toEqual({
      nip: '199005102021211003',
      valid: true,
      errors: [],
      birthDate: '1990-05-10',
      appointmentMonth: '2021',
      gender: 'MALE',
      sequence: 3,
      employmentType: 'PPPK',
    });
  });

  it('accepts a PPPK appointed in the current year', () => {
    expect(errorsOf('197812012024212045')).toEqual([]);
  });

  it('accepts 29 February of a leap year, including 2000', () => {
    expect(parseNip('198802292012011001', TODAY)).toMatchObject({
      valid: true,
      birthDate: '1988-02-29',
    });
    expect(parseNip('200002292020032001', TODAY)).toMatchObject({
      valid: true,
      birthDate: '2000-02-29',
    });
  });

  it('accepts the highest sequence and December appointments', () => {
    expect(parseNip('197001011995122999', TODAY)).toMatchObject({
      valid: true,
      appointmentMonth: '1995-12',
      sequence: 999,
    });
  });

  it('isValidNip agrees', () => {
    expect(isValidNip('19850315 201001 1 001', TODAY)).toBe(true);
    expect(isValidNip('19850315 201001 1 000', TODAY)).toBe(false);
  });
});

describe('parseNip: length and characters', () => {
  it('reports a short number and decodes nothing', () => {
    expect(parseNip('19850315201001100', TODAY)).toEqual({
      nip: '19850315201001100',
      valid: false,
      errors: [E.INVALID_LENGTH],
    });
  });

  it('reports a long number', () => {
    expect(parseNip('1985031520100110011', TODAY)).toEqual({
      nip: '1985031520100110011',
      valid: false,
      errors: [E.INVALID_LENGTH],
    });
  });

  it.each([
    ['', [E.INVALID_LENGTH]],
    ['   ', [E.INVALID_LENGTH]],
    ['abc', [E.INVALID_LENGTH, E.NON_DIGIT]],
    ['1985O315', [E.INVALID_LENGTH, E.NON_DIGIT]],
    ['19850315 201001 1 001X', [E.INVALID_LENGTH, E.NON_DIGIT]],
    ['19850315-201001-1-001', [E.INVALID_LENGTH, E.NON_DIGIT]],
    ['NIP 19850315 201001 1 001', [E.INVALID_LENGTH, E.NON_DIGIT]],
  ])('%p -> %p', (raw, errors) => {
    const analysis = parseNip(raw, TODAY);
    expect(analysis.errors).toEqual(errors);
    expect(analysis.valid).toBe(false);
    expect(analysis.birthDate).toBeUndefined();
    expect(analysis.sequence).toBeUndefined();
  });

  it('reports only NON_DIGIT for a letter in the sequence and decodes every other part', () => {
    expect(parseNip('19850315201001100A', TODAY)).toEqual({
      nip: '19850315201001100A',
      valid: false,
      errors: [E.NON_DIGIT],
      birthDate: '1985-03-15',
      appointmentMonth: '2010-01',
      gender: 'MALE',
      employmentType: 'PNS',
    });
  });

  it('names the part a letter spoils in an 18-character string', () => {
    expect(errorsOf('1985O315201001 1 001')).toEqual([E.NON_DIGIT, E.INVALID_BIRTH_DATE]);
    expect(errorsOf('19850315 2010O1 1 001')).toEqual([E.NON_DIGIT, E.INVALID_APPOINTMENT]);
    expect(errorsOf('19850315 201001 L 001')).toEqual([E.NON_DIGIT, E.INVALID_GENDER]);
  });

  it('reports an 18-letter string in every part', () => {
    expect(parseNip('ABCDEFGHIJKLMNOPQR', TODAY)).toEqual({
      nip: 'ABCDEFGHIJKLMNOPQR',
      valid: false,
      errors: [E.NON_DIGIT, E.INVALID_BIRTH_DATE, E.INVALID_APPOINTMENT, E.INVALID_GENDER],
    });
  });

  it('treats full-width and other non-ASCII digits as non-digits', () => {
    expect(errorsOf('１９８５０３１５２０１００１１００１')).toContain(E.NON_DIGIT);
    expect(errorsOf('١٩٨٥٠٣١٥٢٠١٠٠١١٠٠١')).toContain(E.NON_DIGIT);
  });

  it('counts an emoji as one character', () => {
    const analysis = parseNip('19850315201001100😀', TODAY);
    expect(analysis).toMatchObject({ errors: [E.NON_DIGIT], birthDate: '1985-03-15' });
    expect('sequence' in analysis).toBe(false);
  });

  it('does not count a sign or decimal point as a digit', () => {
    expect(errorsOf('+98503152010011001')).toEqual([E.NON_DIGIT, E.INVALID_BIRTH_DATE]);
    expect(errorsOf('1985031520100110.1')).toEqual([E.NON_DIGIT]);
  });
});

describe('parseNip: birth date', () => {
  it.each([
    ['19850229', 'February 29 of a common year'],
    ['19000229', 'February 29 of 1900 (not a leap year)'],
    ['21000229', 'February 29 of 2100 (not a leap year)'],
    ['19850230', 'February 30'],
    ['19850431', 'April 31'],
    ['19851315', 'month 13'],
    ['19850015', 'month 00'],
    ['19850300', 'day 00'],
    ['19850332', 'day 32'],
    ['18991231', 'a year before 1900'],
    ['00000101', 'year 0000'],
  ])('rejects %s (%s) alone and still decodes the other parts', (birth) => {
    expect(parseNip(`${birth}2010011001`, TODAY)).toEqual({
      nip: `${birth}2010011001`,
      valid: false,
      errors: [E.INVALID_BIRTH_DATE],
      appointmentMonth: '2010-01',
      gender: 'MALE',
      sequence: 1,
      employmentType: 'PNS',
    });
  });

  it('rejects a birth date after today, with the appointment it makes impossible', () => {
    expect(parseNip('20240616 202406 1 001', TODAY)).toMatchObject({
      errors: [E.BIRTH_DATE_IN_FUTURE, E.APPOINTED_BEFORE_AGE_18],
      birthDate: '2024-06-16',
    });
  });

  it('accepts a birth date of today as far as the birth date goes', () => {
    expect(errorsOf('20240615 202406 1 001')).toEqual([E.APPOINTED_BEFORE_AGE_18]);
  });
});

describe('parseNip: appointment', () => {
  it.each([
    ['201013', 'month 13'],
    ['201000', 'month 00'],
    ['201020', 'month 20 (only 21 marks PPPK)'],
    ['201022', 'month 22'],
    ['201099', 'month 99'],
    ['189901', 'a year before 1900'],
    ['000021', 'PPPK year 0000'],
  ])('rejects %s (%s) alone and still decodes the other parts', (appointment) => {
    expect(parseNip(`19850315${appointment}1001`, TODAY)).toEqual({
      nip: `19850315${appointment}1001`,
      valid: false,
      errors: [E.INVALID_APPOINTMENT],
      birthDate: '1985-03-15',
      gender: 'MALE',
      sequence: 1,
    });
  });

  it('rejects a TMT (first of the month) before the 18th birthday, alone', () => {
    expect(parseNip('19850315 200303 1 001', TODAY)).toMatchObject({
      errors: [E.APPOINTED_BEFORE_AGE_18],
      birthDate: '1985-03-15',
      appointmentMonth: '2003-03',
      employmentType: 'PNS',
    });
    expect(errorsOf('19850315 200304 1 001')).toEqual([]);
  });

  it('accepts a TMT on the 18th birthday itself', () => {
    expect(errorsOf('19850301 200303 1 001')).toEqual([]);
    expect(errorsOf('19850302 200303 1 001')).toEqual([E.APPOINTED_BEFORE_AGE_18]);
  });

  it('places the 18th birthday of someone born on 29 February on 1 March', () => {
    expect(errorsOf('20000229 201802 2 001')).toEqual([E.APPOINTED_BEFORE_AGE_18]);
    expect(errorsOf('20000229 201803 2 001')).toEqual([]);
  });

  it('rejects an appointment before birth', () => {
    expect(errorsOf('19850315 198001 1 001')).toEqual([E.APPOINTED_BEFORE_AGE_18]);
  });

  it('judges a PPPK year as a whole against the 18th birthday', () => {
    // Turns 18 on 31 December 2008: an appointment some time in 2008 is possible.
    expect(errorsOf('19901231 200821 1 001')).toEqual([]);
    expect(parseNip('19901231 200721 1 001', TODAY)).toMatchObject({
      errors: [E.APPOINTED_BEFORE_AGE_18],
      appointmentMonth: '2007',
      employmentType: 'PPPK',
    });
  });

  it('rejects an appointment month after the current one, alone', () => {
    expect(parseNip('19850315 202407 1 001', TODAY)).toMatchObject({
      errors: [E.APPOINTMENT_IN_FUTURE],
      appointmentMonth: '2024-07',
    });
    expect(errorsOf('19850315 202406 1 001')).toEqual([]);
    expect(errorsOf('19850315 299912 1 001')).toEqual([E.APPOINTMENT_IN_FUTURE]);
  });

  it('counts the current month as started on its first day', () => {
    expect(errorsOf('19850315 202406 1 001', new Date(2024, 5, 1, 0, 0))).toEqual([]);
    expect(errorsOf('19850315 202407 1 001', new Date(2024, 5, 30, 23, 59))).toEqual([
      E.APPOINTMENT_IN_FUTURE,
    ]);
    expect(errorsOf('19850315 202407 1 001', new Date(2024, 6, 1, 0, 0))).toEqual([]);
  });

  it('rejects a PPPK year after the current one', () => {
    expect(parseNip('19850315 202521 1 001', TODAY)).toMatchObject({
      errors: [E.APPOINTMENT_IN_FUTURE],
      appointmentMonth: '2025',
      employmentType: 'PPPK',
    });
  });

  it('skips the age check when the birth date cannot be read', () => {
    expect(errorsOf('19850230 198001 1 001')).toEqual([E.INVALID_BIRTH_DATE]);
  });
});

describe('parseNip: gender and sequence', () => {
  it.each(['0', '3', '9'])('rejects gender digit %s alone', (digit) => {
    expect(parseNip(`19850315201001${digit}001`, TODAY)).toEqual({
      nip: `19850315201001${digit}001`,
      valid: false,
      errors: [E.INVALID_GENDER],
      birthDate: '1985-03-15',
      appointmentMonth: '2010-01',
      sequence: 1,
      employmentType: 'PNS',
    });
  });

  it('rejects sequence 000 alone and still reports it as 0', () => {
    expect(parseNip('19850315 201001 2 000', TODAY)).toEqual({
      nip: '198503152010012000',
      valid: false,
      errors: [E.ZERO_SEQUENCE],
      birthDate: '1985-03-15',
      appointmentMonth: '2010-01',
      gender: 'FEMALE',
      sequence: 0,
      employmentType: 'PNS',
    });
  });
});

describe('parseNip: several problems at once', () => {
  it('reports every broken part in digit order', () => {
    expect(parseNip('19850230 201013 3 000', TODAY)).toEqual({
      nip: '198502302010133000',
      valid: false,
      errors: [E.INVALID_BIRTH_DATE, E.INVALID_APPOINTMENT, E.INVALID_GENDER, E.ZERO_SEQUENCE],
      sequence: 0,
    });
  });

  it('combines date rules with digit rules', () => {
    expect(errorsOf('19850315 203001 5 000')).toEqual([
      E.APPOINTMENT_IN_FUTURE,
      E.INVALID_GENDER,
      E.ZERO_SEQUENCE,
    ]);
  });

  it('reports an appointment both before the 18th birthday and in the future', () => {
    expect(errorsOf('20100101 202501 1 001')).toEqual([
      E.APPOINTED_BEFORE_AGE_18,
      E.APPOINTMENT_IN_FUTURE,
    ]);
  });

  it('can report every code except INVALID_LENGTH in one number', () => {
    const seen = new Set<string>();
    const samples = [
      '19850230 201013 3 000',
      '20300101 202501 1 001',
      'X9850315 201001 1 001',
      '19850315 198001 1 001',
    ];
    for (const sample of samples) {
      errorsOf(sample).forEach((code) => seen.add(code));
    }
    expect([...seen].sort()).toEqual(NIP_ERROR_CODES.filter((c) => c !== E.INVALID_LENGTH).sort());
  });

  it('never lists a code twice', () => {
    const errors = errorsOf('ABCDEFGHIJKLMNOPQR');
    expect(new Set(errors).size).toBe(errors.length);
  });
});

describe('parseNip: input edge cases', () => {
  it('rejects an invalid today', () => {
    expect(() => parseNip('19850315 201001 1 001', new Date('not a date'))).toThrow(RangeError);
  });

  it('treats null or undefined from untyped callers as empty', () => {
    expect(parseNip(undefined as unknown as string, TODAY).errors).toEqual([E.INVALID_LENGTH]);
    expect(parseNip(null as unknown as string, TODAY).nip).toBe('');
  });
});
