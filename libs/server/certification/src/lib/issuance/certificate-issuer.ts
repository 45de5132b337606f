import { Injectable } from '@nestjs/common';
import { UnrecoverableError } from 'bullmq';

import type { IssueCertificatePayload, RenderCertificatePayload } from '../jobs/certificate-jobs';
import { CertificatePdfService } from '../render/certificate-pdf.service';
import { RegionLogoCache } from '../render/region-logo.cache';
import { CertificateBatchStore } from './certificate-batch-store';
import type { ExistingCertificate, IssueContext } from './issue-context';

export type IssueOutcome = 'issued' | 'already-issued' | 'superseded';

/**
 * What the worker does for a job. The order is insert, then render (see README, "Exactly one
 * certificate"): the numbered row is committed first, so a worker killed before the PDF is stored
 * leaves a row without `sha256`, and the redelivered job renders that same row; rendering first
 * would need the number before the row exists.
 */
@Injectable()
export class CertificateIssuer {
  constructor(
    private readonly store: CertificateBatchStore,
    private readonly pdfs: CertificatePdfService,
    private readonly logos: RegionLogoCache,
  ) {}

  async issue({ enrollmentId }: IssueCertificatePayload): Promise<IssueOutcome> {
    const context = await this.store.context(enrollmentId);
    if (!context)
      throw new UnrecoverableError('Pendaftaran tidak ditemukan / Enrollment not found');
    let certificate = context.certificate;
    if (!certificate) {
      if (context.enrollmentStatus !== 'COMPLETED') {
        throw new UnrecoverableError(
          `Status pendaftaran ${context.enrollmentStatus}, bukan COMPLETED / Enrollment is ${context.enrollmentStatus}, not COMPLETED`,
        );
      }
      certificate = await this.store.insert(context);
    }
    if (certificate.rendered) return 'already-issued';
    await this.renderAndMark(context, certificate);
    return 'issued';
  }

  async render({ certificateId, version }: RenderCertificatePayload): Promise<IssueOutcome> {
    const enrollmentId = await this.store.enrollmentOf(certificateId);
    const context = enrollmentId ? await this.store.context(enrollmentId) : null;
    const certificate = context?.certificate;
    if (!context || !certificate)
      throw new UnrecoverableError('Sertifikat tidak ditemukan / Certificate not found');
    // A later reissue (or an earlier run of this job) already took care of it.
    if (certificate.version !== version) return 'superseded';
    if (certificate.rendered) return 'already-issued';
    await this.renderAndMark(context, certificate);
    return 'issued';
  }

  recordFailure(enrollmentId: string, reason: string): Promise<void> {
    return this.store.recordFailure(enrollmentId, reason);
  }

  async enrollmentOfCertificate(certificateId: string): Promise<string | null> {
    return this.store.enrollmentOf(certificateId);
  }

  private async renderAndMark(
    context: IssueContext,
    certificate: ExistingCertificate,
  ): Promise<void> {
    const logo = await this.logos.get(context.regionId, context.settingsVersion);
    const stored = await this.pdfs.renderAndStore(certificate, logo);
    await this.store.markRendered({
      certificateId: certificate.id,
      version: certificate.version,
      ...stored,
    });
  }
}
