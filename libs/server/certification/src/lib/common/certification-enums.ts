/** The contract exposes these as Strings (`Certificate.status`, `CertificateIssuance.status`). */
export const CertificateStatus = Object.freeze({ VALID: 'VALID', REVOKED: 'REVOKED' } as const);
export type CertificateStatus = (typeof CertificateStatus)[keyof typeof CertificateStatus];

/**
 * QUEUED until the first certificate is done, RUNNING until every enrollment is issued or has
 * failed for good, then DONE (none failed) or FAILED (some failed: the failures say why, and
 * calling issueCertificates again retries them).
 */
export const IssuanceStatus = Object.freeze({
  QUEUED: 'QUEUED',
  RUNNING: 'RUNNING',
  DONE: 'DONE',
  FAILED: 'FAILED',
} as const);
export type IssuanceStatus = (typeof IssuanceStatus)[keyof typeof IssuanceStatus];
