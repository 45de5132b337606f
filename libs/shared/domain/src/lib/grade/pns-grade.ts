/** PNS grades (golongan/ruang), lowest first. */
export const PNS_GRADES = Object.freeze([
  'I/a',
  'I/b',
  'I/c',
  'I/d',
  'II/a',
  'II/b',
  'II/c',
  'II/d',
  'III/a',
  'III/b',
  'III/c',
  'III/d',
  'IV/a',
  'IV/b',
  'IV/c',
  'IV/d',
  'IV/e',
] as const);
export type PnsGrade = (typeof PNS_GRADES)[number];

export type Golongan = 'I' | 'II' | 'III' | 'IV';
export type Ruang = 'a' | 'b' | 'c' | 'd' | 'e';

export interface PnsGradeInfo {
  code: PnsGrade;
  golongan: Golongan;
  ruang: Ruang;
  /** The rank name (pangkat) that goes with the grade. */
  pangkat: string;
  /** 1 for I/a up to 17 for IV/e. */
  ordinal: number;
}

/** Pangkat names in grade order (PP 99/2000). */
const PANGKAT = [
  'Juru Muda',
  'Juru Muda Tingkat I',
  'Juru',
  'Juru Tingkat I',
  'Pengatur Muda',
  'Pengatur Muda Tingkat I',
  'Pengatur',
  'Pengatur Tingkat I',
  'Penata Muda',
  'Penata Muda Tingkat I',
  'Penata',
  'Penata Tingkat I',
  'Pembina',
  'Pembina Tingkat I',
  'Pembina Utama Muda',
  'Pembina Utama Madya',
  'Pembina Utama',
] as const;

export const PNS_GRADE_INFOS: readonly PnsGradeInfo[] = Object.freeze(
  PNS_GRADES.map((code, index) => {
    const [golongan, ruang] = code.split('/') as [Golongan, Ruang];
    return Object.freeze({ code, golongan, ruang, pangkat: PANGKAT[index], ordinal: index + 1 });
  }),
);

const BY_CODE = new Map<string, PnsGradeInfo>(PNS_GRADE_INFOS.map((info) => [info.code, info]));

/** True for a PNS grade spelled exactly as in `PNS_GRADES` (e.g. `III/a`). */
export function isGrade(value: unknown): value is PnsGrade {
  return typeof value === 'string' && BY_CODE.has(value);
}

export function gradeInfo(code: string): PnsGradeInfo | undefined {
  return BY_CODE.get(code);
}
