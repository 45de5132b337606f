import type { DatabaseParts } from '@lms/server/core';

import { CertificateSigningKey } from './badges/certificate-signing-key.entity';
import { Certificate } from './certificates/certificate.entity';
import { CertificateVersion } from './certificates/certificate-version.entity';
import { CertificateIssuance } from './issuance/certificate-issuance.entity';
import { CertificateIssuanceItem } from './issuance/certificate-issuance-item.entity';
import { CreateCertification1764600000000 } from './migrations/1764600000000-CreateCertification';
import { CertificateSettings } from './settings/certificate-settings.entity';

export const CERTIFICATION_ENTITIES = [
  Certificate,
  CertificateVersion,
  CertificateIssuance,
  CertificateIssuanceItem,
  CertificateSettings,
  CertificateSigningKey,
];

/** The certification area's tables; they reference the training and organization areas' rows. */
export const CERTIFICATION_DATABASE: DatabaseParts = {
  entities: CERTIFICATION_ENTITIES,
  migrations: [CreateCertification1764600000000],
};
