import { QueueInfraModule, QUEUES } from '@lms/server/core';
import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { OpenBadgeService } from './badges/open-badge.service';
import { SigningKeyService } from './badges/signing-key.service';
import { CertificateResolver } from './certificates/certificate.resolver';
import { CertificateService } from './certificates/certificate.service';
import { EnrollmentCertificateResolver } from './certificates/enrollment-certificate.resolver';
import { CERTIFICATION_ENTITIES } from './certification-database';
import { CertificateDownloadController } from './downloads/certificate-download.controller';
import { CertificateIssuanceResolver } from './issuance/certificate-issuance.resolver';
import { CertificateIssuanceService } from './issuance/certificate-issuance.service';
import { CertificateSettingsResolver } from './settings/certificate-settings.resolver';
import { CertificateSettingsService } from './settings/certificate-settings.service';
import { certificateStorageProvider } from './storage/certificate-storage.provider';
import { CertificateVerificationResolver } from './verification/certificate-verification.resolver';
import { CertificateVerificationService } from './verification/certificate-verification.service';

/**
 * The API side of certificates: GraphQL operations, the public PDF/badge routes and the class ZIP.
 * It only queues work; the worker (CertificationWorkerModule) renders.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature(CERTIFICATION_ENTITIES),
    QueueInfraModule,
    BullModule.registerQueue({ name: QUEUES.certificates }),
  ],
  controllers: [CertificateDownloadController],
  providers: [
    certificateStorageProvider,
    CertificateIssuanceService,
    CertificateService,
    CertificateVerificationService,
    CertificateSettingsService,
    SigningKeyService,
    OpenBadgeService,
    CertificateIssuanceResolver,
    CertificateResolver,
    CertificateVerificationResolver,
    CertificateSettingsResolver,
    EnrollmentCertificateResolver,
  ],
  exports: [CertificateService, CertificateIssuanceService, CertificateSettingsService],
})
export class CertificationModule {}
