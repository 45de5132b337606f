import type { CsvRow, ImportError } from '@lms/server/core';
import {
  describeNipErrors,
  EmploymentType,
  isGrade,
  isPppkGrade,
  isValidEmail,
  Lang,
  LocalizedText,
  parseNip,
  PositionType,
} from '@lms/shared/domain';

import type { Agency } from '../agencies/agency.entity';

export const EMPLOYEE_CSV_COLUMNS = {
  required: ['nip', 'full_name', 'email', 'agency_code', 'grade', 'position_title'],
  optional: ['position_type', 'active'],
} as const;

export interface EmployeeRow {
  line: number;
  nip: string;
  fullName: string;
  email: string | null;
  agencyId: string;
  regionId: string;
  grade: string;
  positionTitle: string | null;
  positionType: PositionType | null;
  employmentType: EmploymentType;
  active: boolean;
  existingId?: string;
}

const POSITION_TYPES = new Set<string>(Object.values(PositionType));

const tooLong = (max: number): LocalizedText => ({
  id: `paling banyak ${max} karakter`,
  en: `must be at most ${max} characters`,
});

/** Checks one CSV row; the first problem found is reported with the row's line and field. */
export function validateEmployeeRow(
  row: CsvRow,
  agencies: Map<string, Agency>,
  lang: Lang,
): { row: EmployeeRow } | { error: ImportError } {
  const v = (name: string) => (row.values[name] ?? '').trim();
  const fail = (field: string, message: LocalizedText) => ({
    error: { line: row.line, field, message: `${field}: ${message[lang]}` },
  });

  const nip = parseNip(v('nip'));
  if (!nip.valid) {
    const [id, en] = (['id', 'en'] as const).map((l) => describeNipErrors(nip, l).join('; '));
    return fail('nip', { id, en });
  }

  const fullName = v('full_name').replace(/\s+/g, ' ');
  if (fullName.length < 2) return fail('full_name', { id: 'wajib diisi', en: 'is required' });
  if (fullName.length > 200) return fail('full_name', tooLong(200));

  const email = v('email').toLowerCase();
  if (email && !isValidEmail(email))
    return fail('email', {
      id: `"${v('email').slice(0, 80)}" bukan alamat surel yang sah`,
      en: `"${v('email').slice(0, 80)}" is not an e-mail address`,
    });

  const agency = agencies.get(v('agency_code'));
  if (!agency) {
    const code = v('agency_code').slice(0, 60);
    return fail('agency_code', {
      id: `kode OPD "${code}" tidak dikenal`,
      en: `unknown agency code "${code}"`,
    });
  }

  const grade = v('grade');
  const employmentType = nip.employmentType === 'PPPK' ? EmploymentType.PPPK : EmploymentType.PNS;
  const gradeOk = employmentType === EmploymentType.PPPK ? isPppkGrade(grade) : isGrade(grade);
  if (!gradeOk) {
    const pppk = employmentType === EmploymentType.PPPK;
    const shown = grade.slice(0, 20);
    return fail('grade', {
      id: `golongan "${shown}" tidak dikenal (NIP ini ${employmentType}: ${pppk ? 'golongan PPPK I sampai XVII' : 'golongan I/a sampai IV/e'})`,
      en: `unknown grade "${shown}" (the NIP is ${employmentType}: expected ${pppk ? 'a PPPK grade I to XVII' : 'a grade I/a to IV/e'})`,
    });
  }

  const positionTitle = v('position_title').replace(/\s+/g, ' ');
  if (positionTitle.length > 200) return fail('position_title', tooLong(200));

  const positionTypeRaw = v('position_type').toUpperCase();
  if (positionTypeRaw && !POSITION_TYPES.has(positionTypeRaw)) {
    const list = [...POSITION_TYPES].join(', ');
    return fail('position_type', {
      id: `harus salah satu dari ${list}`,
      en: `must be one of ${list}`,
    });
  }
  const activeRaw = v('active').toLowerCase();
  if (activeRaw && !['true', 'false', '1', '0', 'ya', 'tidak'].includes(activeRaw)) {
    return fail('active', { id: 'harus true atau false', en: 'must be true or false' });
  }

  return {
    row: {
      line: row.line,
      nip: nip.nip,
      fullName,
      email: email || null,
      agencyId: agency.id,
      regionId: agency.regionId,
      grade,
      positionTitle: positionTitle || null,
      positionType: (positionTypeRaw || null) as PositionType | null,
      employmentType,
      active: !['false', '0', 'tidak'].includes(activeRaw),
    },
  };
}
