import { QUEUES } from '@lms/server/core';
import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';

import { CertificateBatchStore } from './issuance/certificate-batch-store';
import { CertificateIssuer } from './issuance/certificate-issuer';
import { CertificateProcessor } from './jobs/certificate.processor';
import { CertificatePdfService } from './render/certificate-pdf.service';
import { CertificateRenderer } from './render/certificate-renderer';
import { RegionLogoCache } from './render/region-logo.cache';
import { certificateStorageProvider } from './storage/certificate-storage.provider';

/** The worker side: the certificates queue's processor and what it needs to render and store. */
@Module({
  imports: [BullModule.registerQueue({ name: QUEUES.certificates })],
  providers: [
    // Loads the fonts at boot: a worker without them fails now, not on its first job.
    { provide: CertificateRenderer, useFactory: () => new CertificateRenderer() },
    certificateStorageProvider,
    CertificatePdfService,
    RegionLogoCache,
    CertificateBatchStore,
    CertificateIssuer,
    CertificateProcessor,
  ],
})
export class CertificationWorkerModule {}
