import type { Lang, LocalizedText } from '../i18n/lang';
import type { NipAnalysis } from './nip-analysis';
import { NipErrorCode } from './nip-error-code';

const NIP_ERROR_MESSAGES: Readonly<Record<NipErrorCode, LocalizedText>> = {
  INVALID_LENGTH: {
    id: 'NIP harus terdiri atas 18 digit (spasi diabaikan).',
    en: 'A NIP must have exactly 18 digits (spaces are ignored).',
  },
  NON_DIGIT: {
    id: 'NIP hanya boleh berisi angka 0–9.',
    en: 'A NIP may contain only the digits 0–9.',
  },
  INVALID_BIRTH_DATE: {
    id: 'Digit 1–8 harus berupa tanggal lahir yang benar-benar ada, dengan format TTTTBBHH (tahun, bulan, tanggal).',
    en: 'Digits 1–8 must be a real birth date in the form YYYYMMDD.',
  },
  BIRTH_DATE_IN_FUTURE: {
    id: 'Tanggal lahir (digit 1–8) tidak boleh setelah hari ini.',
    en: 'The birth date (digits 1–8) cannot be after today.',
  },
  INVALID_APPOINTMENT: {
    id: 'Digit 9–14 harus berupa tahun dan bulan pengangkatan (TMT CPNS) yang ada, dengan format TTTTBB, atau tahun diikuti 21 untuk PPPK.',
    en: 'Digits 9–14 must be a real appointment year and month (TMT CPNS) in the form YYYYMM, or the year followed by 21 for PPPK.',
  },
  APPOINTED_BEFORE_AGE_18: {
    id: 'Tanggal pengangkatan (digit 9–14) tidak boleh sebelum pegawai berusia 18 tahun.',
    en: 'The appointment (digits 9–14) cannot be before the employee’s 18th birthday.',
  },
  APPOINTMENT_IN_FUTURE: {
    id: 'Tanggal pengangkatan (digit 9–14) tidak boleh setelah hari ini.',
    en: 'The appointment (digits 9–14) cannot be after today.',
  },
  INVALID_GENDER: {
    id: 'Digit ke-15 (jenis kelamin) harus 1 untuk laki-laki atau 2 untuk perempuan.',
    en: 'Digit 15 (gender) must be 1 for male or 2 for female.',
  },
  ZERO_SEQUENCE: {
    id: 'Nomor urut (digit 16–18) tidak boleh 000; nomor urut dimulai dari 001.',
    en: 'The sequence number (digits 16–18) cannot be 000; sequences start at 001.',
  },
};

export function nipErrorMessage(code: NipErrorCode, lang: Lang = 'id'): string {
  const message = (NIP_ERROR_MESSAGES as Readonly<Record<string, LocalizedText | undefined>>)[code];
  if (!message) {
    throw new RangeError(`Unknown NIP error code ${JSON.stringify(code)}`);
  }
  return message[lang] ?? message.id;
}

/** The analysis' errors as messages in the requested language, in the analysis' order. */
export function describeNipErrors(
  analysis: Pick<NipAnalysis, 'errors'>,
  lang: Lang = 'id',
): string[] {
  return analysis.errors.map((code) => nipErrorMessage(code, lang));
}
