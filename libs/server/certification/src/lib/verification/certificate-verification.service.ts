import { Injectable } from '@nestjs/common';

import { CertificateService } from '../certificates/certificate.service';
import { CertificateStatus } from '../common/certification-enums';
import { badgePath, pdfPath } from './certificate-urls';
import { CertificateVerification } from './certificate-verification.model';

function unknownCode(): CertificateVerification {
  const empty = Object.fromEntries(
    [
      'status',
      'code',
      'number',
      'version',
      'issuedOn',
      'issuedCity',
      'holderName',
      'holderNip',
      'holderGrade',
      'holderPosition',
      'holderAgency',
      'courseTitle',
      'trainingTitle',
      'competency',
      'level',
      'jp',
      'startDate',
      'endDate',
      'place',
      'predikat',
      'regionName',
      'issuerName',
      'signatoryName',
      'signatoryPosition',
      'sha256',
      'revokedAt',
      'revokeReason',
      'pdfUrl',
      'badgeUrl',
    ].map((key) => [key, null]),
  );
  return { ...empty, valid: false, history: [] } as unknown as CertificateVerification;
}

@Injectable()
export class CertificateVerificationService {
  constructor(private readonly certificates: CertificateService) {}

  /** An unknown (or malformed) code is an answer, `valid: false`, never an error. */
  async verify(code: string): Promise<CertificateVerification> {
    const certificate = await this.certificates.byCode(code.trim());
    if (!certificate) return unknownCode();
    const c = certificate.content;
    const history = await this.certificates.history(certificate.id);
    return {
      valid: certificate.status === CertificateStatus.VALID,
      status: certificate.status,
      code: certificate.code,
      number: certificate.number,
      version: certificate.version,
      issuedOn: certificate.issuedOn,
      issuedCity: c.issuedCity,
      holderName: c.holderName,
      holderNip: c.holderNip,
      holderGrade: c.holderGrade,
      holderPosition: c.holderPosition,
      holderAgency: c.holderAgency,
      courseTitle: c.courseTitle,
      trainingTitle: c.trainingTitle,
      competency: c.competency,
      level: c.level,
      jp: c.jp,
      startDate: c.startDate,
      endDate: c.endDate,
      place: c.place,
      predikat: c.predikat,
      regionName: c.regionName,
      issuerName: c.issuerName,
      signatoryName: c.signatoryName,
      signatoryPosition: c.signatoryPosition,
      sha256: certificate.sha256,
      revokedAt: certificate.revokedAt,
      revokeReason: certificate.revokeReason,
      pdfUrl: certificate.sha256 ? pdfPath(certificate.code) : null,
      badgeUrl: certificate.status === CertificateStatus.VALID ? badgePath(certificate.code) : null,
      history: history.map((v) => ({
        version: v.version,
        issuedOn: v.issuedOn,
        sha256: v.sha256,
        supersededAt: v.supersededAt,
        reissueReason: v.reissueReason,
      })),
    };
  }
}
