import { RegionType } from '../enums/region-type.enum';
import type { Lang, LocalizedText } from '../i18n/lang';

/**
 * Kemendagri region codes (kode wilayah administrasi pemerintahan):
 * - a province is two digits: the first names the island group (1 Sumatra, 2 Riau Islands,
 *   3 Java, 5 Bali and Nusa Tenggara, 6 Kalimantan, 7 Sulawesi, 8 Maluku, 9 Papua), the second
 *   counts provinces within it from 1, e.g. 11 Aceh, 35 Jawa Timur, 96 Papua Barat Daya;
 * - a regency (kabupaten) or city (kota) is the province code, a dot and two digits, where
 *   regencies count from 01 and cities from 71 (35.10 Kabupaten Banyuwangi, 35.78 Kota
 *   Surabaya, 31.71 Kota Administrasi Jakarta Pusat). No province has more than about 30 regencies, so
 *   01-69 is the regency range and 70 is never used.
 */
export const RegionCodeError = Object.freeze({
  INVALID_FORMAT: 'INVALID_FORMAT',
  INVALID_PROVINCE: 'INVALID_PROVINCE',
  INVALID_REGENCY_NUMBER: 'INVALID_REGENCY_NUMBER',
  INVALID_CITY_NUMBER: 'INVALID_CITY_NUMBER',
  INVALID_TYPE: 'INVALID_TYPE',
} as const);
export type RegionCodeError = (typeof RegionCodeError)[keyof typeof RegionCodeError];

export const REGENCY_NUMBERS = Object.freeze({ min: 1, max: 69 });
export const CITY_NUMBERS = Object.freeze({ min: 71, max: 99 });

const PROVINCE_CODE = /^[1-9][1-9]$/;

/** Why a code does not fit a region type, or null when it does. */
export function regionCodeError(code: string, type: RegionType): RegionCodeError | null {
  if (type !== RegionType.PROVINCE && type !== RegionType.REGENCY && type !== RegionType.CITY) {
    return RegionCodeError.INVALID_TYPE;
  }
  const text = typeof code === 'string' ? code : '';
  if (type === RegionType.PROVINCE) {
    if (!/^\d{2}$/.test(text)) {
      return RegionCodeError.INVALID_FORMAT;
    }
    return PROVINCE_CODE.test(text) ? null : RegionCodeError.INVALID_PROVINCE;
  }
  const match = /^(\d{2})\.(\d{2})$/.exec(text);
  if (!match) {
    return RegionCodeError.INVALID_FORMAT;
  }
  if (!PROVINCE_CODE.test(match[1])) {
    return RegionCodeError.INVALID_PROVINCE;
  }
  const number = Number(match[2]);
  if (type === RegionType.REGENCY) {
    return number >= REGENCY_NUMBERS.min && number <= REGENCY_NUMBERS.max
      ? null
      : RegionCodeError.INVALID_REGENCY_NUMBER;
  }
  return number >= CITY_NUMBERS.min && number <= CITY_NUMBERS.max
    ? null
    : RegionCodeError.INVALID_CITY_NUMBER;
}

export function isValidRegionCode(code: string, type: RegionType): boolean {
  return regionCodeError(code, type) === null;
}

/** The type a well-formed code denotes by its shape and number, or undefined. */
export function inferRegionType(code: string): RegionType | undefined {
  return [RegionType.PROVINCE, RegionType.REGENCY, RegionType.CITY].find((type) =>
    isValidRegionCode(code, type),
  );
}

/** The province a valid code belongs to (`35.10` → `35`, `35` → `35`), or undefined. */
export function provinceCodeOf(code: string): string | undefined {
  return inferRegionType(code) ? code.slice(0, 2) : undefined;
}

const REGION_CODE_ERROR_MESSAGES: Readonly<Record<RegionCodeError, LocalizedText>> = {
  INVALID_FORMAT: {
    id: 'Kode wilayah harus berformat Kemendagri: 2 digit untuk provinsi (mis. 35), atau kode provinsi, titik, dan 2 digit untuk kabupaten/kota (mis. 35.10).',
    en: 'A region code must follow the Kemendagri format: 2 digits for a province (e.g. 35), or the province code, a dot and 2 digits for a regency or city (e.g. 35.10).',
  },
  INVALID_PROVINCE: {
    id: 'Kode provinsi harus dua digit 11–99 tanpa angka 0 (mis. 11 Aceh, 35 Jawa Timur).',
    en: 'A province code must be two digits 11–99 without a 0 (e.g. 11 Aceh, 35 East Java).',
  },
  INVALID_REGENCY_NUMBER: {
    id: 'Nomor kabupaten (dua digit setelah titik) harus 01–69; nomor 71–99 dipakai untuk kota.',
    en: 'A regency number (the two digits after the dot) must be 01–69; 71–99 are used for cities.',
  },
  INVALID_CITY_NUMBER: {
    id: 'Nomor kota (dua digit setelah titik) harus 71–99; nomor 01–69 dipakai untuk kabupaten.',
    en: 'A city number (the two digits after the dot) must be 71–99; 01–69 are used for regencies.',
  },
  INVALID_TYPE: {
    id: 'Jenis wilayah harus PROVINCE, REGENCY, atau CITY.',
    en: 'The region type must be PROVINCE, REGENCY or CITY.',
  },
};

export function regionCodeErrorMessage(error: RegionCodeError, lang: Lang = 'id'): string {
  const message = (
    REGION_CODE_ERROR_MESSAGES as Readonly<Record<string, LocalizedText | undefined>>
  )[error];
  if (!message) {
    throw new RangeError(`Unknown region code error ${JSON.stringify(error)}`);
  }
  return message[lang] ?? message.id;
}
