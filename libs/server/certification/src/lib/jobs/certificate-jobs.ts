import type { JobsOptions } from 'bullmq';

/** Every job name the certificates queue carries; the worker refuses to start without a handler for each. */
export const CERTIFICATE_JOBS = {
  /** Issue one completed enrollment's certificate: number it, render it, store it. */
  issue: 'issue-certificate',
  /** Render a reissued version of an existing certificate. */
  render: 'render-certificate',
} as const;

export type CertificateJobName = (typeof CERTIFICATE_JOBS)[keyof typeof CERTIFICATE_JOBS];
export const CERTIFICATE_JOB_NAMES: readonly CertificateJobName[] = Object.values(CERTIFICATE_JOBS);

export interface IssueCertificatePayload {
  enrollmentId: string;
  /** The issuance that queued it first (for logs; failures are recorded by enrollment). */
  issuanceId: string;
}

export interface RenderCertificatePayload {
  certificateId: string;
  version: number;
}

export interface CertificateJobPayloads {
  [CERTIFICATE_JOBS.issue]: IssueCertificatePayload;
  [CERTIFICATE_JOBS.render]: RenderCertificatePayload;
}

/**
 * Deterministic ids: while a job for an enrollment waits or runs, queueing it again is a no-op in
 * BullMQ. (BullMQ 6 refuses `:` in custom ids, hence the dashes.)
 */
export function issueJobId(enrollmentId: string): string {
  return `cert-${enrollmentId}`;
}

export function renderJobId(certificateId: string, version: number): string {
  return `cert-render-${certificateId}-v${version}`;
}

/** Tries per job before it counts as failed, and the first retry's delay (doubling each time). */
export const CERTIFICATE_JOB_ATTEMPTS = 5;
export const CERTIFICATE_JOB_BACKOFF_MS = 1_000;

export const CERTIFICATE_JOB_OPTIONS: JobsOptions = {
  attempts: CERTIFICATE_JOB_ATTEMPTS,
  backoff: { type: 'exponential', delay: CERTIFICATE_JOB_BACKOFF_MS },
  // Finished jobs leave Redis: their outcome lives in PostgreSQL, and a later issueCertificates
  // may queue the same id again (a retry of a failure, a certificate still to render).
  removeOnComplete: true,
  removeOnFail: true,
};
