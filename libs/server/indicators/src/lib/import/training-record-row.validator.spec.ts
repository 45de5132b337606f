import type { CsvRow } from '@lms/server/core';
import { Gender, generateNip } from '@lms/shared/domain';

import { importSourceRef, validateTrainingRecordRow } from './training-record-row.validator';

const NIP = generateNip({
  birthDate: '1985-03-15',
  appointment: '2010-01',
  gender: Gender.MALE,
  sequence: 1,
});
const TODAY = '2026-06-30';

function row(values: Record<string, string>): CsvRow {
  return {
    line: 7,
    values: {
      nip: NIP,
      course_code: 'LAN-TIK-01',
      course_title: 'Literasi  Digital   Aparatur',
      competency: 'TECHNICAL',
      digital: 'true',
      jp: '2.5',
      completed_on: '2026-03-10',
      certificate_number: '',
      ...values,
    },
  };
}

const errorOf = (values: Record<string, string>) => {
  const result = validateTrainingRecordRow(row(values), 'en', TODAY);
  return 'error' in result ? result.error : null;
};

describe('validateTrainingRecordRow', () => {
  it('reads a valid row, tidying spaces and spellings', () => {
    const result = validateTrainingRecordRow(
      row({
        nip: `${NIP.slice(0, 8)} ${NIP.slice(8, 14)} ${NIP.slice(14, 15)} ${NIP.slice(15)}`,
        competency: 'sosial kultural',
        digital: 'FALSE',
        certificate_number: ' 800/12/BPSDM/2026 ',
      }),
      'en',
      TODAY,
    );
    expect(result).toEqual({
      row: {
        line: 7,
        nip: NIP,
        courseCode: 'LAN-TIK-01',
        courseTitle: 'Literasi Digital Aparatur',
        competency: 'SOCIO_CULTURAL',
        digital: false,
        jp: 2.5,
        completedOn: '2026-03-10',
        certificateNumber: '800/12/BPSDM/2026',
        institution: null,
        sourceRef: importSourceRef(NIP, 'lan-tik-01', '2026-03-10'),
      },
    });
  });

  it.each([
    [{ nip: '19850315201001100' }, 'nip', /18 digits/],
    [{ nip: '' }, 'nip', /is required/],
    [{ course_code: '' }, 'course_code', /is required/],
    [{ course_code: 'X'.repeat(51) }, 'course_code', /at most 50/],
    [{ course_title: ' ' }, 'course_title', /is required/],
    [
      { competency: 'DIGITAL' },
      'competency',
      /"DIGITAL" is not a competency; expected one of TECHNICAL, MANAGERIAL, SOCIO_CULTURAL/,
    ],
    [{ digital: 'yes' }, 'digital', /must be true or false, not "yes"/],
    [{ digital: '' }, 'digital', /must be true or false/],
    [{ jp: '0' }, 'jp', /not a valid JP/],
    [{ jp: '1000.5' }, 'jp', /not a valid JP/],
    [{ jp: '2.555' }, 'jp', /at most 2 decimals/],
    [{ jp: '2,5' }, 'jp', /with a dot/],
    [{ jp: '-4' }, 'jp', /not a valid JP/],
    [{ completed_on: '2026-02-30' }, 'completed_on', /not a real date written YYYY-MM-DD/],
    [{ completed_on: '10-03-2026' }, 'completed_on', /not a real date/],
    [{ completed_on: '2026-07-01' }, 'completed_on', /in the future \(today is 2026-06-30\)/],
    [{ completed_on: '1969-12-31' }, 'completed_on', /too early/],
    [{ certificate_number: 'N'.repeat(101) }, 'certificate_number', /at most 100/],
  ])('rejects %o on its field', (values, field, message) => {
    const error = errorOf(values as Record<string, string>);
    expect(error).toMatchObject({ line: 7, field });
    expect(error?.message).toMatch(new RegExp(`^${field}: `));
    expect(error?.message).toMatch(message);
  });

  it('answers in Bahasa Indonesia when asked', () => {
    const result = validateTrainingRecordRow(row({ digital: 'ya' }), 'id', TODAY);
    expect('error' in result && result.error.message).toBe(
      'digital: harus true atau false, bukan "ya"',
    );
  });

  it('identifies a record by NIP, course code (any case) and date only', () => {
    expect(importSourceRef(NIP, 'LAN-TIK-01', '2026-03-10')).toBe(
      importSourceRef(NIP, ' lan-tik-01', '2026-03-10'),
    );
    expect(importSourceRef(NIP, 'LAN-TIK-01', '2026-03-10')).not.toBe(
      importSourceRef(NIP, 'LAN-TIK-01', '2026-03-11'),
    );
    expect(importSourceRef(NIP, 'LAN-TIK-01', '2026-03-10')).toMatch(/^[0-9a-f]{64}$/);
  });
});
