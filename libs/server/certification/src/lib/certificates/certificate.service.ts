import {
  AccessScope,
  AuditService,
  ConflictError,
  InvalidInputError,
  NotFoundError,
  QUEUES,
} from '@lms/server/core';
import { Role } from '@lms/shared/domain';
import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Queue } from 'bullmq';
import { isUUID } from 'class-validator';
import { DataSource, EntityManager, In, IsNull, Not } from 'typeorm';

import { CertificateStatus } from '../common/certification-enums';
import { managedTraining } from '../common/training-scope';
import { loadIssueContexts, todayIn } from '../issuance/issue-context';
import {
  CERTIFICATE_JOB_OPTIONS,
  CERTIFICATE_JOBS,
  type RenderCertificatePayload,
  renderJobId,
} from '../jobs/certificate-jobs';
import { isVerificationCode } from '../numbering/verification-code';
import { Certificate } from './certificate.entity';
import { CertificateVersion } from './certificate-version.entity';

const MAX_REASON = 500;

/** Revocation, reissue and the lists of certificates staff and holders see. */
@Injectable()
export class CertificateService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectQueue(QUEUES.certificates) private readonly queue: Queue,
    private readonly audit: AuditService,
  ) {}

  /** A certificate the caller manages (ADMIN, ORGANIZER of its region); NOT_FOUND otherwise. */
  async managed(
    id: string,
    scope: AccessScope,
    manager?: EntityManager,
    lock = false,
  ): Promise<Certificate> {
    const repo = (manager ?? this.dataSource.manager).getRepository(Certificate);
    const certificate = isUUID(id)
      ? await repo.findOne({
          where: { id },
          ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
        })
      : null;
    if (
      !certificate ||
      !scope.hasRole(Role.ADMIN, Role.ORGANIZER) ||
      !scope.canReachRegion(certificate.regionId)
    ) {
      throw new NotFoundError('Certificate', 'id');
    }
    return certificate;
  }

  /**
   * Keeps the record, its number and its URL: verification then answers REVOKED with the date and
   * reason. Revoking twice is refused so the first reason and date stay as recorded.
   */
  async revoke(id: string, reason: string, scope: AccessScope): Promise<Certificate> {
    const text = reason.trim();
    if (!text) throw new InvalidInputError('reason', 'reason: say why the certificate is revoked');
    if (text.length > MAX_REASON)
      throw new InvalidInputError('reason', `reason: at most ${MAX_REASON} characters`);
    return this.dataSource.transaction(async (manager) => {
      const certificate = await this.managed(id, scope, manager, true);
      if (certificate.status === CertificateStatus.REVOKED) {
        throw new ConflictError('id', 'id: the certificate is already revoked');
      }
      Object.assign(certificate, {
        status: CertificateStatus.REVOKED,
        revokedAt: new Date(),
        revokedBy: scope.user?.id ?? null,
        revokeReason: text,
      });
      const saved = await manager.getRepository(Certificate).save(certificate);
      await this.audit.record(manager, {
        action: 'revokeCertificate',
        entityType: 'Certificate',
        entityId: saved.id,
        regionId: saved.regionId,
        summary: { number: saved.number, version: saved.version, reason: text },
      });
      return saved;
    });
  }

  /**
   * After a correction (a misspelt name, a wrong grade): the current version goes to the history,
   * and a new version with today's data is rendered under the same code and number, so the QR
   * code on the old paper leads to the corrected record. A revoked certificate becomes valid again.
   */
  async reissue(
    id: string,
    reason: string | null | undefined,
    scope: AccessScope,
  ): Promise<Certificate> {
    const note = reason?.trim() || null;
    if (note && note.length > MAX_REASON)
      throw new InvalidInputError('reason', `reason: at most ${MAX_REASON} characters`);
    const certificate = await this.dataSource.transaction(async (manager) => {
      const current = await this.managed(id, scope, manager, true);
      if (!current.renderedAt) {
        throw new ConflictError(
          'id',
          'id: the certificate is still being rendered; try again shortly',
        );
      }
      const contexts = await loadIssueContexts(manager, [current.enrollmentId]);
      const context = contexts.get(current.enrollmentId);
      if (!context) throw new NotFoundError('Certificate', 'id');
      await manager.getRepository(CertificateVersion).insert({
        certificateId: current.id,
        version: current.version,
        number: current.number,
        issuedOn: current.issuedOn,
        content: current.content,
        sha256: current.sha256,
        storageKey: current.storageKey,
        renderedAt: current.renderedAt,
        status: current.status,
        revokedAt: current.revokedAt,
        revokedBy: current.revokedBy,
        revokeReason: current.revokeReason,
        supersededAt: new Date(),
        supersededBy: scope.user?.id ?? null,
        reissueReason: note,
      });
      Object.assign(current, {
        version: current.version + 1,
        content: context.content,
        issuedOn: todayIn(context.timeZone),
        sha256: null,
        storageKey: null,
        renderedAt: null,
        status: CertificateStatus.VALID,
        revokedAt: null,
        revokedBy: null,
        revokeReason: null,
      });
      const saved = await manager.getRepository(Certificate).save(current);
      await this.audit.record(manager, {
        action: 'reissueCertificate',
        entityType: 'Certificate',
        entityId: saved.id,
        regionId: saved.regionId,
        summary: { number: saved.number, version: saved.version, reason: note },
      });
      return saved;
    });
    await this.queue.add(
      CERTIFICATE_JOBS.render,
      {
        certificateId: certificate.id,
        version: certificate.version,
      } satisfies RenderCertificatePayload,
      { ...CERTIFICATE_JOB_OPTIONS, jobId: renderJobId(certificate.id, certificate.version) },
    );
    return certificate;
  }

  /** A certificate by its public code, once its first version has a PDF. */
  async byCode(code: string): Promise<Certificate | null> {
    if (!isVerificationCode(code)) return null;
    const certificate = await this.dataSource.getRepository(Certificate).findOneBy({ code });
    if (!certificate || (!certificate.renderedAt && certificate.version === 1)) return null;
    return certificate;
  }

  history(certificateId: string): Promise<CertificateVersion[]> {
    return this.dataSource
      .getRepository(CertificateVersion)
      .find({ where: { certificateId }, order: { version: 'DESC' } });
  }

  /** The caller's own certificates (a learner's account is linked to one employee). */
  mine(scope: AccessScope): Promise<Certificate[]> {
    const employeeId = scope.user?.employeeId;
    if (!employeeId) return Promise.resolve([]);
    return this.dataSource.getRepository(Certificate).find({
      where: [
        { employeeId, renderedAt: Not(IsNull()) },
        { employeeId, version: Not(1) },
      ],
      order: { issuedOn: 'DESC', number: 'ASC' },
    });
  }

  async forTraining(trainingId: string, scope: AccessScope): Promise<Certificate[]> {
    const training = await managedTraining(this.dataSource.manager, trainingId, scope);
    return this.dataSource
      .getRepository(Certificate)
      .find({ where: { trainingId: training.id }, order: { seq: 'ASC' } });
  }

  /** For the Enrollment.certificate DataLoader: issued certificates by enrollment id. */
  async byEnrollmentIds(ids: readonly string[]): Promise<Certificate[]> {
    if (!ids.length) return [];
    const rows = await this.dataSource
      .getRepository(Certificate)
      .findBy({ enrollmentId: In([...ids]) });
    return rows.filter((c) => c.renderedAt || c.version > 1);
  }
}
