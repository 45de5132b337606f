import type { CsvRow, ImportError } from '@lms/server/core';
import {
  describeNipErrors,
  EmploymentType,
  isGrade,
  isPppkGrade,
  isValidEmail,
  Lang,
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

/** Checks one CSV row; the first problem found is reported with the row's line and field. */
export function validateEmployeeRow(
  row: CsvRow,
  agencies: Map<string, Agency>,
  lang: Lang,
): { row: EmployeeRow } | { error: ImportError } {
  const v = (name: string) => (row.values[name] ?? '').trim();
  const fail = (field: string, message: string) => ({
    error: { line: row.line, field, message: `${field}: ${message}` },
  });

  const nip = parseNip(v('nip'));
  if (!nip.valid) return fail('nip', describeNipErrors(nip, lang).join('; '));

  const fullName = v('full_name').replace(/\s+/g, ' ');
  if (fullName.length < 2) return fail('full_name', 'is required');
  if (fullName.length > 200) return fail('full_name', 'must be at most 200 characters');

  const email = v('email').toLowerCase();
  if (email && !isValidEmail(email))
    return fail('email', `"${v('email').slice(0, 80)}" is not an e-mail address`);

  const agency = agencies.get(v('agency_code'));
  if (!agency) return fail('agency_code', `unknown agency code "${v('agency_code').slice(0, 60)}"`);

  const grade = v('grade');
  const employmentType = nip.employmentType === 'PPPK' ? EmploymentType.PPPK : EmploymentType.PNS;
  const gradeOk = employmentType === EmploymentType.PPPK ? isPppkGrade(grade) : isGrade(grade);
  if (!gradeOk) {
    const expected =
      employmentType === EmploymentType.PPPK ? 'a PPPK grade I to XVII' : 'a grade I/a to IV/e';
    return fail(
      'grade',
      `unknown grade "${grade.slice(0, 20)}" (the NIP is ${employmentType}: expected ${expected})`,
    );
  }

  const positionTitle = v('position_title').replace(/\s+/g, ' ');
  if (positionTitle.length > 200) return fail('position_title', 'must be at most 200 characters');

  const positionTypeRaw = v('position_type').toUpperCase();
  if (positionTypeRaw && !POSITION_TYPES.has(positionTypeRaw)) {
    return fail('position_type', `must be one of ${[...POSITION_TYPES].join(', ')}`);
  }
  const activeRaw = v('active').toLowerCase();
  if (activeRaw && !['true', 'false', '1', '0', 'ya', 'tidak'].includes(activeRaw)) {
    return fail('active', 'must be true or false');
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
