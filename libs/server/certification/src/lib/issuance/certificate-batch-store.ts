import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';

import { formatCertificateNumber } from '../numbering/certificate-number';
import { newVerificationCode } from '../numbering/verification-code';
import {
  type ExistingCertificate,
  type IssueContext,
  loadIssueContexts,
  todayIn,
} from './issue-context';

/** How long the worker gathers concurrent jobs' reads and writes into one statement. */
export const BATCH_WINDOW_MS = 4;
export const MAX_BATCH = 100;

export interface RenderedMark {
  certificateId: string;
  version: number;
  sha256: string;
  storageKey: string;
}

interface InsertRow {
  enrollment_id: string;
  id: string;
  code: string;
  number: string;
  version: number;
  issued_on: string;
  content: IssueContext['content'];
  rendered: boolean;
}

const RETURNING = `id, enrollment_id, code, number, version, issued_on::text AS issued_on, content,
  rendered_at IS NOT NULL AS rendered`;

function toExisting(row: InsertRow): ExistingCertificate {
  return {
    id: row.id,
    code: row.code,
    number: row.number,
    version: row.version,
    issuedOn: row.issued_on,
    content: row.content,
    rendered: row.rendered,
  };
}

/**
 * The worker's database side. Each job asks for one enrollment, but the jobs a worker runs at the
 * same time are gathered (DataLoader, a few milliseconds) into one read, one numbering transaction
 * per region and year, and one write of the results: a few statements per batch instead of several
 * per certificate.
 */
@Injectable()
export class CertificateBatchStore {
  private readonly logger = new Logger('CertificateBatchStore');
  private readonly options = {
    cache: false,
    maxBatchSize: MAX_BATCH,
    batchScheduleFn: (run: () => void) => setTimeout(run, BATCH_WINDOW_MS),
  };
  private readonly contexts = new DataLoader<string, IssueContext | null>(async (ids) => {
    const found = await loadIssueContexts(this.dataSource.manager, ids);
    return ids.map((id) => found.get(id) ?? null);
  }, this.options);
  private readonly inserts = new DataLoader<IssueContext, ExistingCertificate>(
    (items) => this.insertAll(items),
    this.options,
  );
  private readonly marks = new DataLoader<RenderedMark, true>(
    (items) => this.markAll(items),
    this.options,
  );

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  context(enrollmentId: string): Promise<IssueContext | null> {
    return this.contexts.load(enrollmentId);
  }

  /** The enrollment's certificate: the one already there, or a new one numbered now. */
  insert(context: IssueContext): Promise<ExistingCertificate> {
    return this.inserts.load(context);
  }

  markRendered(mark: RenderedMark): Promise<true> {
    return this.marks.load(mark);
  }

  async enrollmentOf(certificateId: string): Promise<string | null> {
    const rows: { enrollment_id: string }[] = await this.dataSource.query(
      `SELECT enrollment_id FROM certificates WHERE id = $1`,
      [certificateId],
    );
    return rows[0]?.enrollment_id ?? null;
  }

  /** Records a final failure on every open issuance item of the enrollment. */
  async recordFailure(enrollmentId: string, reason: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE certificate_issuance_items SET failed_at = now(), failure_reason = $2
        WHERE enrollment_id = $1 AND failed_at IS NULL
          AND NOT EXISTS (SELECT 1 FROM certificates c
                           WHERE c.enrollment_id = $1 AND c.rendered_at IS NOT NULL)`,
      [enrollmentId, reason.slice(0, 500)],
    );
  }

  private async insertAll(
    items: readonly IssueContext[],
  ): Promise<(ExistingCertificate | Error)[]> {
    const groups = new Map<string, { regionId: string; year: number; items: IssueContext[] }>();
    const issuedOn = new Map<IssueContext, string>();
    for (const item of items) {
      const day = todayIn(item.timeZone);
      issuedOn.set(item, day);
      const year = Number(day.slice(0, 4));
      const key = `${item.regionId}:${year}`;
      const group = groups.get(key) ?? { regionId: item.regionId, year, items: [] };
      group.items.push(item);
      groups.set(key, group);
    }
    const results = new Map<IssueContext, ExistingCertificate | Error>();
    for (const group of groups.values()) {
      try {
        const made = await this.insertGroup(group.regionId, group.year, group.items, issuedOn);
        for (const item of group.items) results.set(item, made.get(item.enrollmentId) ?? missing());
      } catch (error) {
        if (group.items.length === 1) {
          results.set(group.items[0], asError(error));
          continue;
        }
        // One bad row must not fail its neighbours: retry them one by one.
        this.logger.warn(
          `Batch of ${group.items.length} failed (${asError(error).message}); retrying singly`,
        );
        for (const item of group.items) {
          try {
            const made = await this.insertGroup(group.regionId, group.year, [item], issuedOn);
            results.set(item, made.get(item.enrollmentId) ?? missing());
          } catch (single) {
            results.set(item, asError(single));
          }
        }
      }
    }
    return items.map((item) => results.get(item) ?? missing());
  }

  /**
   * One transaction: lock the region-year counter row, skip enrollments that got a certificate
   * meanwhile, take the next numbers and insert. A rollback (crash, constraint) returns the
   * numbers with it, so the sequence stays gap-free; a retried job then finds its certificate.
   */
  private insertGroup(
    regionId: string,
    year: number,
    items: IssueContext[],
    issuedOn: Map<IssueContext, string>,
  ): Promise<Map<string, ExistingCertificate>> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO certificate_counters (region_id, year) VALUES ($1, $2)
         ON CONFLICT (region_id, year) DO UPDATE SET last = certificate_counters.last`,
        [regionId, year],
      );
      const ids = items.map((i) => i.enrollmentId);
      const existing: InsertRow[] = await manager.query(
        `SELECT ${RETURNING} FROM certificates WHERE enrollment_id = ANY($1::uuid[])`,
        [ids],
      );
      const made = new Map(existing.map((row) => [row.enrollment_id, toExisting(row)]));
      const todo = items.filter((i) => !made.has(i.enrollmentId));
      if (!todo.length) return made;

      const [{ last }]: { last: number }[] = await manager.query(
        `INSERT INTO certificate_counters (region_id, year, last) VALUES ($1, $2, $3)
         ON CONFLICT (region_id, year) DO UPDATE SET last = certificate_counters.last + $3
         RETURNING last`,
        [regionId, year, todo.length],
      );
      const first = last - todo.length + 1;
      const rows = todo.map((item, index) => {
        const day = issuedOn.get(item) ?? todayIn(item.timeZone);
        const seq = first + index;
        return {
          item,
          seq,
          day,
          code: newVerificationCode(),
          number: formatCertificateNumber(item.numberPattern, {
            seq,
            year,
            month: Number(day.slice(5, 7)),
            regionCode: item.regionCode,
          }),
        };
      });
      const inserted: InsertRow[] = await manager.query(
        `INSERT INTO certificates
           (code, enrollment_id, training_id, employee_id, region_id, year, seq, number, issued_on, content)
         SELECT * FROM unnest($1::varchar[], $2::uuid[], $3::uuid[], $4::uuid[], $5::uuid[],
                              $6::int[], $7::int[], $8::varchar[], $9::date[], $10::jsonb[])
         RETURNING ${RETURNING}`,
        [
          rows.map((r) => r.code),
          rows.map((r) => r.item.enrollmentId),
          rows.map((r) => r.item.trainingId),
          rows.map((r) => r.item.employeeId),
          rows.map(() => regionId),
          rows.map(() => year),
          rows.map((r) => r.seq),
          rows.map((r) => r.number),
          rows.map((r) => r.day),
          rows.map((r) => JSON.stringify(r.item.content)),
        ],
      );
      for (const row of inserted) made.set(row.enrollment_id, toExisting(row));
      return made;
    });
  }

  private async markAll(items: readonly RenderedMark[]): Promise<(true | Error)[]> {
    try {
      await this.dataSource.query(
        `UPDATE certificates c
            SET sha256 = v.sha256, storage_key = v.storage_key, rendered_at = now()
           FROM unnest($1::uuid[], $2::int[], $3::text[], $4::text[]) AS v(id, version, sha256, storage_key)
          WHERE c.id = v.id AND c.version = v.version AND c.sha256 IS NULL`,
        [
          items.map((i) => i.certificateId),
          items.map((i) => i.version),
          items.map((i) => i.sha256),
          items.map((i) => i.storageKey),
        ],
      );
      return items.map(() => true as const);
    } catch (error) {
      return items.map(() => asError(error));
    }
  }
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

function missing(): Error {
  return new Error('The certificate row was not written');
}
