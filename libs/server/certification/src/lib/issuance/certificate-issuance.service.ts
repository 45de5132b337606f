import {
  AccessScope,
  AuditService,
  InvalidInputError,
  NotFoundError,
  QUEUES,
} from '@lms/server/core';
import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Queue } from 'bullmq';
import { isUUID } from 'class-validator';
import { DataSource } from 'typeorm';

import { IssuanceStatus } from '../common/certification-enums';
import { managedTraining } from '../common/training-scope';
import {
  CERTIFICATE_JOB_OPTIONS,
  CERTIFICATE_JOBS,
  type IssueCertificatePayload,
  issueJobId,
} from '../jobs/certificate-jobs';
import { CertificateFailure, CertificateIssuance } from './certificate-issuance.entity';

/** addBulk in slices: one Redis round trip per slice, and no single giant Lua call. */
const ENQUEUE_CHUNK = 1_000;
const QUEUE_WARNING_INTERVAL_MS = 10_000;

interface ProgressRow {
  total: number;
  issued: string;
  failed: string;
}

export function issuanceStatus(
  total: number,
  issued: number,
  failed: number,
  enqueueError: string | null,
): IssuanceStatus {
  if (enqueueError) return IssuanceStatus.FAILED;
  if (issued + failed >= total) return failed > 0 ? IssuanceStatus.FAILED : IssuanceStatus.DONE;
  return issued + failed > 0 ? IssuanceStatus.RUNNING : IssuanceStatus.QUEUED;
}

@Injectable()
export class CertificateIssuanceService {
  private readonly logger = new Logger('CertificateIssuanceService');
  private lastQueueWarning = 0;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectQueue(QUEUES.certificates) private readonly queue: Queue,
    private readonly audit: AuditService,
  ) {
    // While Redis is away the queue reports every reconnection attempt: one line per 10 s is enough.
    this.queue.on('error', (error: Error) => {
      if (Date.now() - this.lastQueueWarning < QUEUE_WARNING_INTERVAL_MS) return;
      this.lastQueueWarning = Date.now();
      this.logger.warn(`Certificates queue: ${error.message}`);
    });
  }

  /**
   * Queues one job per COMPLETED enrollment of the class that has no issued certificate yet and
   * returns at once. Calling it again (or twice at the same time) is safe: the job ids are the
   * enrollments', and the worker skips an enrollment that already has its certificate.
   */
  async issue(trainingId: string, scope: AccessScope): Promise<CertificateIssuance> {
    const training = await managedTraining(this.dataSource.manager, trainingId, scope);
    const { issuance, enrollmentIds } = await this.dataSource.transaction(async (manager) => {
      const [{ completed }]: { completed: string }[] = await manager.query(
        `SELECT count(*) AS completed FROM enrollments WHERE training_id = $1 AND status = 'COMPLETED'`,
        [training.id],
      );
      if (Number(completed) === 0) {
        throw new InvalidInputError(
          'trainingId',
          `trainingId: the class ${training.id} has no COMPLETED enrollment to certify (complete the class first)`,
        );
      }
      const pending: { id: string }[] = await manager.query(
        `SELECT e.id FROM enrollments e
           LEFT JOIN certificates c ON c.enrollment_id = e.id
          WHERE e.training_id = $1 AND e.status = 'COMPLETED'
            AND (c.id IS NULL OR c.rendered_at IS NULL)
          ORDER BY e.id`,
        [training.id],
      );
      const ids = pending.map((row) => row.id);
      const [created]: { id: string }[] = await manager.query(
        `INSERT INTO certificate_issuances (training_id, region_id, requested_by, total)
         VALUES ($1, $2, $3, $4) RETURNING id`,
        [training.id, training.regionId, scope.user?.id ?? null, ids.length],
      );
      await manager.query(
        `INSERT INTO certificate_issuance_items (issuance_id, enrollment_id)
         SELECT $1, unnest($2::uuid[])`,
        [created.id, ids],
      );
      await this.audit.record(manager, {
        action: 'issueCertificates',
        entityType: 'CertificateIssuance',
        entityId: created.id,
        regionId: training.regionId,
        summary: { trainingId: training.id, completed: Number(completed), queued: ids.length },
      });
      return { issuance: created, enrollmentIds: ids };
    });

    try {
      for (let start = 0; start < enrollmentIds.length; start += ENQUEUE_CHUNK) {
        await this.queue.addBulk(
          enrollmentIds.slice(start, start + ENQUEUE_CHUNK).map((enrollmentId) => ({
            name: CERTIFICATE_JOBS.issue,
            data: { enrollmentId, issuanceId: issuance.id } satisfies IssueCertificatePayload,
            opts: { ...CERTIFICATE_JOB_OPTIONS, jobId: issueJobId(enrollmentId) },
          })),
        );
      }
    } catch (error) {
      this.logger.error(`Issuance ${issuance.id}: queueing failed: ${String(error)}`);
      await this.dataSource.query(
        `UPDATE certificate_issuances SET enqueue_error = $2 WHERE id = $1`,
        [
          issuance.id,
          'Antrean tidak tersedia; coba lagi / The job queue is unavailable; try again',
        ],
      );
      throw error;
    }
    return this.get(issuance.id, scope);
  }

  async get(id: string, scope: AccessScope): Promise<CertificateIssuance> {
    const issuance = isUUID(id)
      ? await this.dataSource.getRepository(CertificateIssuance).findOneBy({ id })
      : null;
    if (!issuance || !scope.canReachRegion(issuance.regionId))
      throw new NotFoundError('Certificate issuance', 'id');
    return this.withProgress(issuance);
  }

  async listForTraining(trainingId: string, scope: AccessScope): Promise<CertificateIssuance[]> {
    const training = await managedTraining(this.dataSource.manager, trainingId, scope);
    const issuances = await this.dataSource
      .getRepository(CertificateIssuance)
      .find({ where: { trainingId: training.id }, order: { createdAt: 'DESC' }, take: 20 });
    return Promise.all(issuances.map((issuance) => this.withProgress(issuance)));
  }

  async failures(issuanceId: string): Promise<CertificateFailure[]> {
    const rows: {
      enrollment_id: string;
      full_name: string;
      nip: string;
      failure_reason: string;
      failed_at: Date;
    }[] = await this.dataSource.query(
      `SELECT i.enrollment_id, emp.full_name, emp.nip, i.failure_reason, i.failed_at
           FROM certificate_issuance_items i
           JOIN enrollments e ON e.id = i.enrollment_id
           JOIN employees emp ON emp.id = e.employee_id
           LEFT JOIN certificates c ON c.enrollment_id = i.enrollment_id
          WHERE i.issuance_id = $1 AND i.failed_at IS NOT NULL AND c.rendered_at IS NULL
          ORDER BY emp.full_name, i.enrollment_id
          LIMIT 500`,
      [issuanceId],
    );
    return rows.map((r) => ({
      enrollmentId: r.enrollment_id,
      holderName: r.full_name,
      nip: r.nip,
      reason: r.failure_reason,
      failedAt: r.failed_at,
    }));
  }

  /**
   * Counted, not stored: an item is issued once its enrollment's certificate has a PDF (or was
   * reissued since), failed once the worker gave up on it and it still has none.
   */
  private async withProgress(issuance: CertificateIssuance): Promise<CertificateIssuance> {
    const [row]: ProgressRow[] = await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE c.rendered_at IS NOT NULL OR c.version > 1) AS issued,
              count(*) FILTER (WHERE i.failed_at IS NOT NULL
                                 AND c.rendered_at IS NULL AND coalesce(c.version, 1) = 1) AS failed
         FROM certificate_issuance_items i
         LEFT JOIN certificates c ON c.enrollment_id = i.enrollment_id
        WHERE i.issuance_id = $1`,
      [issuance.id],
    );
    issuance.issued = Number(row?.issued ?? 0);
    issuance.failed = Number(row?.failed ?? 0);
    issuance.status = issuanceStatus(
      issuance.total,
      issuance.issued,
      issuance.failed,
      issuance.enqueueError,
    );
    return issuance;
  }
}
