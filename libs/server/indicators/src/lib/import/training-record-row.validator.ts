import { createHash } from 'node:crypto';

import type { CsvRow, ImportError } from '@lms/server/core';
import {
  COMPETENCY_TYPES,
  CompetencyType,
  describeNipErrors,
  isValidIsoDate,
  isValidJp,
  Lang,
  LocalizedText,
  MAX_JP,
  parseNip,
} from '@lms/shared/domain';

/** contract.md's training-record columns; `institution` (who ran it, for SIASN) is optional. */
export const TRAINING_RECORD_CSV_COLUMNS = {
  required: [
    'nip',
    'course_code',
    'course_title',
    'competency',
    'digital',
    'jp',
    'completed_on',
    'certificate_number',
  ],
  optional: ['institution'],
} as const;

/** Records completed before this are typing mistakes rather than history. */
export const FIRST_COMPLETION_DATE = '1970-01-01';

export interface TrainingRecordRow {
  line: number;
  nip: string;
  courseCode: string;
  courseTitle: string;
  competency: CompetencyType;
  digital: boolean;
  jp: number;
  completedOn: string;
  certificateNumber: string | null;
  institution: string | null;
  /** Identifies the record among imports: the same NIP, course and date is the same record. */
  sourceRef: string;
}

/** Indonesian spellings HR spreadsheets use for the three competencies. */
const COMPETENCY_ALIASES: Record<string, CompetencyType> = {
  TEKNIS: CompetencyType.TECHNICAL,
  MANAJERIAL: CompetencyType.MANAGERIAL,
  SOSIAL_KULTURAL: CompetencyType.SOCIO_CULTURAL,
  SOSIOKULTURAL: CompetencyType.SOCIO_CULTURAL,
};

/**
 * The ledger's `source_ref` of an imported record: a SHA-256 of NIP, course code (case-blind, as
 * course codes are) and completion date, so re-importing a file finds the records it created.
 */
export function importSourceRef(nip: string, courseCode: string, completedOn: string): string {
  return createHash('sha256')
    .update(`${nip}|${courseCode.trim().toUpperCase()}|${completedOn}`)
    .digest('hex');
}

const required: LocalizedText = { id: 'wajib diisi', en: 'is required' };
const tooLong = (max: number): LocalizedText => ({
  id: `paling banyak ${max} karakter`,
  en: `must be at most ${max} characters`,
});

/**
 * Checks one CSV row; the first problem found is reported with the row's line and field.
 * `today` is the local calendar date (`YYYY-MM-DD`): nothing can be completed after it.
 */
export function validateTrainingRecordRow(
  row: CsvRow,
  lang: Lang,
  today: string,
): { row: TrainingRecordRow } | { error: ImportError } {
  const v = (name: string) => (row.values[name] ?? '').trim();
  const fail = (field: string, message: LocalizedText) => ({
    error: { line: row.line, field, message: `${field}: ${message[lang]}` },
  });

  const nip = parseNip(v('nip'));
  if (!nip.valid) {
    if (!v('nip')) return fail('nip', required);
    const [id, en] = (['id', 'en'] as const).map((l) => describeNipErrors(nip, l).join('; '));
    return fail('nip', { id, en });
  }

  const courseCode = v('course_code');
  if (!courseCode) return fail('course_code', required);
  if (courseCode.length > 50) return fail('course_code', tooLong(50));

  const courseTitle = v('course_title').replace(/\s+/g, ' ');
  if (!courseTitle) return fail('course_title', required);
  if (courseTitle.length > 200) return fail('course_title', tooLong(200));

  const competencyRaw = v('competency')
    .toUpperCase()
    .replace(/[\s-]+/g, '_');
  const competency = (COMPETENCY_TYPES as readonly string[]).includes(competencyRaw)
    ? (competencyRaw as CompetencyType)
    : COMPETENCY_ALIASES[competencyRaw];
  if (!competency) {
    const shown = v('competency').slice(0, 40);
    const list = COMPETENCY_TYPES.join(', ');
    return fail('competency', {
      id: `"${shown}" bukan kompetensi; harus salah satu dari ${list}`,
      en: `"${shown}" is not a competency; expected one of ${list}`,
    });
  }

  const digitalRaw = v('digital').toLowerCase();
  if (digitalRaw !== 'true' && digitalRaw !== 'false') {
    return fail('digital', {
      id: `harus true atau false, bukan "${v('digital').slice(0, 20)}"`,
      en: `must be true or false, not "${v('digital').slice(0, 20)}"`,
    });
  }

  const jpRaw = v('jp');
  const jp = /^\d+(\.\d+)?$/.test(jpRaw) ? Number(jpRaw) : Number.NaN;
  if (!isValidJp(jp)) {
    return fail('jp', {
      id: `"${jpRaw.slice(0, 20)}" bukan JP yang sah: angka lebih dari 0 sampai ${MAX_JP}, paling banyak 2 desimal dengan titik (mis. 2.5)`,
      en: `"${jpRaw.slice(0, 20)}" is not a valid JP: a number above 0 up to ${MAX_JP}, at most 2 decimals with a dot (e.g. 2.5)`,
    });
  }

  const completedOn = v('completed_on');
  if (!isValidIsoDate(completedOn)) {
    return fail('completed_on', {
      id: `"${v('completed_on').slice(0, 20)}" bukan tanggal yang sah berformat YYYY-MM-DD`,
      en: `"${v('completed_on').slice(0, 20)}" is not a real date written YYYY-MM-DD`,
    });
  }
  if (completedOn > today) {
    return fail('completed_on', {
      id: `${completedOn} belum terjadi (hari ini ${today})`,
      en: `${completedOn} is in the future (today is ${today})`,
    });
  }
  if (completedOn < FIRST_COMPLETION_DATE) {
    return fail('completed_on', {
      id: `${completedOn} terlalu lama; paling awal ${FIRST_COMPLETION_DATE}`,
      en: `${completedOn} is too early; the earliest accepted is ${FIRST_COMPLETION_DATE}`,
    });
  }

  const certificateNumber = v('certificate_number');
  if (certificateNumber.length > 100) return fail('certificate_number', tooLong(100));
  const institution = v('institution').replace(/\s+/g, ' ');
  if (institution.length > 200) return fail('institution', tooLong(200));

  return {
    row: {
      line: row.line,
      nip: nip.nip,
      courseCode,
      courseTitle,
      competency,
      digital: digitalRaw === 'true',
      jp,
      completedOn,
      certificateNumber: certificateNumber || null,
      institution: institution || null,
      sourceRef: importSourceRef(nip.nip, courseCode, completedOn),
    },
  };
}
