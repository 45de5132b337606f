import { QUEUES } from '@lms/server/core';
import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger, OnModuleInit } from '@nestjs/common';
import { Job, UnrecoverableError } from 'bullmq';

import { CertificateIssuer } from '../issuance/certificate-issuer';
import {
  CERTIFICATE_JOB_ATTEMPTS,
  CERTIFICATE_JOB_NAMES,
  CERTIFICATE_JOBS,
  type CertificateJobPayloads,
} from './certificate-jobs';
import { assertHandlersCover, type JobHandlers } from './job-handlers';

/**
 * Jobs one worker process runs at once. Rendering is CPU-bound, so more than a handful only helps
 * to overlap the database and file writes of some jobs with the rendering of others; scale out
 * with more worker processes instead.
 */
export const CERTIFICATE_CONCURRENCY = Number(process.env['CERTIFICATE_WORKER_CONCURRENCY'] ?? 16);
/** A killed worker's jobs are picked up again after its lock expires (checked this often). */
export const CERTIFICATE_LOCK_MS = 15_000;
export const CERTIFICATE_STALLED_CHECK_MS = 5_000;
/** Stalls (a killed worker) tolerated per job before BullMQ gives up on it. */
export const CERTIFICATE_MAX_STALLED = 5;

@Processor(QUEUES.certificates, {
  concurrency: CERTIFICATE_CONCURRENCY,
  lockDuration: CERTIFICATE_LOCK_MS,
  stalledInterval: CERTIFICATE_STALLED_CHECK_MS,
  maxStalledCount: CERTIFICATE_MAX_STALLED,
})
export class CertificateProcessor extends WorkerHost implements OnModuleInit {
  private readonly logger = new Logger('CertificateProcessor');
  private readonly handlers: JobHandlers<CertificateJobPayloads>;

  constructor(private readonly issuer: CertificateIssuer) {
    super();
    this.handlers = {
      [CERTIFICATE_JOBS.issue]: (payload) => this.issuer.issue(payload),
      [CERTIFICATE_JOBS.render]: (payload) => this.issuer.render(payload),
    };
  }

  onModuleInit(): void {
    assertHandlersCover(QUEUES.certificates, CERTIFICATE_JOB_NAMES, this.handlers);
  }

  async process(job: Job): Promise<unknown> {
    const handler = (
      this.handlers as Record<string, ((payload: unknown) => Promise<unknown>) | undefined>
    )[job.name];
    if (!handler) {
      this.logger.error(`Job ${job.id}: no handler for job name ${job.name}`);
      throw new UnrecoverableError(`No handler for job name ${job.name}`);
    }
    try {
      return await handler(job.data);
    } catch (error) {
      const final =
        error instanceof UnrecoverableError ||
        job.attemptsMade + 1 >= (job.opts.attempts ?? CERTIFICATE_JOB_ATTEMPTS);
      if (final) await this.recordFailure(job, error);
      else
        this.logger.warn(
          `Job ${job.id} attempt ${job.attemptsMade + 1} failed: ${describe(error)}`,
        );
      throw error;
    }
  }

  /** The reason the organizer reads: our own messages as they are, anything else summarised. */
  private async recordFailure(job: Job, error: unknown): Promise<void> {
    this.logger.error(`Job ${job.id} failed for good: ${describe(error)}`);
    const reason =
      error instanceof UnrecoverableError
        ? error.message
        : `Gagal setelah ${job.attemptsMade + 1} percobaan (kesalahan sistem) / Failed after ${job.attemptsMade + 1} attempts (system error)`;
    const enrollmentId =
      job.name === CERTIFICATE_JOBS.issue
        ? (job.data as CertificateJobPayloads['issue-certificate']).enrollmentId
        : await this.issuer.enrollmentOfCertificate(
            (job.data as CertificateJobPayloads['render-certificate']).certificateId,
          );
    if (enrollmentId) {
      await this.issuer.recordFailure(enrollmentId, reason).catch((e: unknown) => {
        this.logger.error(`Could not record the failure of job ${job.id}: ${describe(e)}`);
      });
    }
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
