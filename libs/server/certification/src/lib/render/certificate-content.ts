import type { CompetencyType } from '@lms/shared/domain';

/**
 * What a certificate says, frozen when the certificate (or a reissued version) is created: the PDF
 * is rendered from it, verification shows it, and a re-render after a crash prints the same words.
 * Stored as JSON beside the certificate row.
 */
export interface CertificateContent {
  regionName: string;
  /** The issuing agency (the region's BKPSDM by default). */
  issuerName: string;
  holderName: string;
  holderNip: string;
  /** `Penata Muda (III/a)`; null when the employee's grade is unknown. */
  holderGrade: string | null;
  holderPosition: string | null;
  holderAgency: string;
  courseTitle: string;
  trainingTitle: string;
  competency: CompetencyType;
  level: number | null;
  jp: number;
  startDate: string;
  endDate: string;
  place: string | null;
  /** Best post-test score (0..100) and its predikat, when the class had a post-test. */
  postTestScore: number | null;
  predikat: string | null;
  issuedCity: string;
  signatoryName: string | null;
  signatoryPosition: string;
  signatoryNip: string | null;
}

/** Everything the renderer needs for one PDF. */
export interface CertificateRenderInput {
  content: CertificateContent;
  number: string;
  code: string;
  issuedOn: string;
  verifyUrl: string;
  /** PNG or JPEG bytes of the region's logo, when one was uploaded. */
  logo: Buffer | null;
}
