import type { CompetencyType } from '@lms/shared/domain';
import { gradeLabel, isKnownGrade } from '@lms/shared/domain';
import type { EntityManager } from 'typeorm';

import { DEFAULT_NUMBER_PATTERN } from '../numbering/certificate-number';
import type { CertificateContent } from '../render/certificate-content';
import { predikatOf } from '../render/predikat';

/** The region's settings, or the defaults a region gets before it sets its own. */
export const DEFAULT_ISSUER_NAME = 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia';
export const DEFAULT_SIGNATORY_POSITION = 'Kepala Badan Kepegawaian dan Pengembangan SDM';

/** Everything needed to issue one enrollment's certificate, read in one query for a whole batch. */
export interface IssueContext {
  enrollmentId: string;
  enrollmentStatus: string;
  employeeId: string;
  trainingId: string;
  regionId: string;
  regionCode: string;
  timeZone: string;
  numberPattern: string;
  /** Changes whenever the settings (and so possibly the logo) change: the logo cache's key. */
  settingsVersion: string | null;
  content: CertificateContent;
  certificate: ExistingCertificate | null;
}

export interface ExistingCertificate {
  id: string;
  code: string;
  number: string;
  version: number;
  issuedOn: string;
  content: CertificateContent;
  rendered: boolean;
}

interface ContextRow {
  enrollment_id: string;
  enrollment_status: string;
  employee_id: string;
  training_id: string;
  region_id: string;
  region_code: string;
  region_name: string;
  time_zone: string;
  training_title: string;
  start_date: string;
  end_date: string;
  venue: string | null;
  mode: string;
  course_title: string;
  competency: CompetencyType;
  level: number | null;
  jp: string;
  full_name: string;
  nip: string;
  grade: string;
  position_title: string | null;
  agency_name: string;
  number_pattern: string | null;
  issuer_name: string | null;
  city_of_issue: string | null;
  signatory_name: string | null;
  signatory_position: string | null;
  signatory_nip: string | null;
  settings_version: string | null;
  post_score: string | null;
  cert_id: string | null;
  cert_code: string | null;
  cert_number: string | null;
  cert_version: number | null;
  cert_issued_on: string | null;
  cert_content: CertificateContent | null;
  cert_rendered: boolean | null;
}

/** `Kabupaten Sidoarjo` → `Sidoarjo`: the city written before the date of issue by default. */
function defaultCity(regionName: string): string {
  return regionName.replace(/^(Kabupaten|Kota|Provinsi)\s+/i, '').trim() || regionName;
}

function placeOf(row: ContextRow): string | null {
  if (row.venue) return row.venue;
  return row.mode === 'ONLINE' ? 'secara daring' : null;
}

/**
 * Reads the contexts of many enrollments at once (the worker batches its jobs through this). The
 * joins read the training, learning and organization areas' tables directly: one query per batch
 * instead of a service call per table and certificate.
 */
export async function loadIssueContexts(
  manager: EntityManager,
  enrollmentIds: readonly string[],
): Promise<Map<string, IssueContext>> {
  const rows: ContextRow[] = await manager.query(
    `SELECT e.id AS enrollment_id, e.status AS enrollment_status, e.employee_id, e.training_id,
            t.region_id, r.code AS region_code, r.name AS region_name, t.time_zone,
            t.title AS training_title, t.start_date::text AS start_date, t.end_date::text AS end_date,
            t.venue, t.mode, c.title AS course_title, c.competency, c.level, c.jp,
            emp.full_name, emp.nip, emp.grade, emp.position_title, ag.name AS agency_name,
            s.number_pattern, s.issuer_name, s.city_of_issue, s.signatory_name,
            s.signatory_position, s.signatory_nip, s.updated_at::text AS settings_version,
            (SELECT max(a.score) FROM assessment_attempts a
              WHERE a.course_id = t.course_id AND a.employee_id = e.employee_id
                AND a.kind = 'POST' AND a.submitted_at IS NOT NULL) AS post_score,
            cert.id AS cert_id, cert.code AS cert_code, cert.number AS cert_number,
            cert.version AS cert_version, cert.issued_on::text AS cert_issued_on,
            cert.content AS cert_content, cert.rendered_at IS NOT NULL AS cert_rendered
       FROM enrollments e
       JOIN trainings t ON t.id = e.training_id
       JOIN courses c ON c.id = t.course_id
       JOIN employees emp ON emp.id = e.employee_id
       JOIN agencies ag ON ag.id = emp.agency_id
       JOIN regions r ON r.id = t.region_id
       LEFT JOIN certificate_settings s ON s.region_id = t.region_id
       LEFT JOIN certificates cert ON cert.enrollment_id = e.id
      WHERE e.id = ANY($1::uuid[])`,
    [[...enrollmentIds]],
  );
  return new Map(rows.map((row) => [row.enrollment_id, toContext(row)]));
}

function toContext(row: ContextRow): IssueContext {
  const score = row.post_score === null ? null : Number(row.post_score);
  const content: CertificateContent = {
    regionName: row.region_name,
    issuerName: row.issuer_name ?? DEFAULT_ISSUER_NAME,
    // NFC: a name typed with combining accents prints as the precomposed letters the font has.
    holderName: row.full_name.normalize('NFC'),
    holderNip: row.nip,
    holderGrade: isKnownGrade(row.grade) ? gradeLabel(row.grade) : null,
    holderPosition: row.position_title,
    holderAgency: row.agency_name,
    courseTitle: row.course_title,
    trainingTitle: row.training_title,
    competency: row.competency,
    level: row.level,
    jp: Number(row.jp),
    startDate: row.start_date,
    endDate: row.end_date,
    place: placeOf(row),
    postTestScore: score,
    predikat: predikatOf(score),
    issuedCity: row.city_of_issue ?? defaultCity(row.region_name),
    signatoryName: row.signatory_name,
    signatoryPosition: row.signatory_position ?? DEFAULT_SIGNATORY_POSITION,
    signatoryNip: row.signatory_nip,
  };
  return {
    enrollmentId: row.enrollment_id,
    enrollmentStatus: row.enrollment_status,
    employeeId: row.employee_id,
    trainingId: row.training_id,
    regionId: row.region_id,
    regionCode: row.region_code,
    timeZone: row.time_zone,
    numberPattern: row.number_pattern ?? DEFAULT_NUMBER_PATTERN,
    settingsVersion: row.settings_version,
    content,
    certificate:
      row.cert_id === null
        ? null
        : {
            id: row.cert_id,
            code: row.cert_code ?? '',
            number: row.cert_number ?? '',
            version: row.cert_version ?? 1,
            issuedOn: row.cert_issued_on ?? '',
            content: row.cert_content ?? content,
            rendered: row.cert_rendered === true,
          },
  };
}

/** Today's date where the class was held (WIB, WITA or WIT), as `YYYY-MM-DD`. */
export function todayIn(timeZone: string, now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}
