import { LANGS } from '../i18n/lang';
import { NIP_ERROR_CODES, NipErrorCode } from './nip-error-code';
import { describeNipErrors, nipErrorMessage } from './nip-error-messages';
import { parseNip } from './parse-nip';

const TODAY = new Date(2024, 5, 15);

describe('nipErrorMessage', () => {
  it.each(LANGS)('has a distinct, sentence-like message for every code in %s', (lang) => {
    const messages = NIP_ERROR_CODES.map((code) => nipErrorMessage(code, lang));
    expect(new Set(messages).size).toBe(NIP_ERROR_CODES.length);
    for (const message of messages) {
      expect(message).toMatch(/^[A-Z].{15,}\.$/);
    }
  });

  it('speaks Bahasa Indonesia by default', () => {
    expect(nipErrorMessage(NipErrorCode.INVALID_LENGTH)).toBe(
      'NIP harus terdiri atas 18 digit (spasi diabaikan).',
    );
    expect(nipErrorMessage(NipErrorCode.INVALID_LENGTH, 'en')).toBe(
      'A NIP must have exactly 18 digits (spaces are ignored).',
    );
  });

  it('rejects an unknown code', () => {
    expect(() => nipErrorMessage('NOPE' as NipErrorCode, 'id')).toThrow(RangeError);
  });
});

describe('describeNipErrors', () => {
  it('returns the messages of every problem, in order, in the requested language', () => {
    const analysis = parseNip('19850230 201013 3 000', TODAY);
    expect(describeNipErrors(analysis, 'id')).toEqual([
      'Digit 1–8 harus berupa tanggal lahir yang benar-benar ada, dengan format TTTTBBHH (tahun, bulan, tanggal).',
      'Digit 9–14 harus berupa tahun dan bulan pengangkatan (TMT CPNS) yang ada, dengan format TTTTBB, atau tahun diikuti 21 untuk PPPK.',
      'Digit ke-15 (jenis kelamin) harus 1 untuk laki-laki atau 2 untuk perempuan.',
      'Nomor urut (digit 16–18) tidak boleh 000; nomor urut dimulai dari 001.',
    ]);
    expect(describeNipErrors(analysis, 'en')).toEqual([
      'Digits 1–8 must be a real birth date in the form YYYYMMDD.',
      'Digits 9–14 must be a real appointment year and month (TMT CPNS) in the form YYYYMM, or the year followed by 21 for PPPK.',
      'Digit 15 (gender) must be 1 for male or 2 for female.',
      'The sequence number (digits 16–18) cannot be 000; sequences start at 001.',
    ]);
  });

  it('is empty for a valid NIP', () => {
    expect(describeNipErrors(parseNip('19850315 201001 1 001', TODAY), 'en')).toEqual([]);
  });
});
