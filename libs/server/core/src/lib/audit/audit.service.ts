import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { AccessScope } from '../auth/access-scope';
import type { AuthUser } from '../auth/auth-user';
import { InvalidInputError } from '../errors/domain-error';
import { type ConnectionShape, decodeCursor, toConnection } from '../graphql/connection';
import { currentRequest } from '../observability/request-context';
import { AuditEvent } from './audit-event.entity';
import type { AuditEventFilter } from './dtos/audit-event-filter.input';

/** Who did it, as other areas hold it: a scope (from @Scope()), a token's user, or null for system work. */
export type AuditActor = AccessScope | AuthUser | { id: string; username: string; roles: string[] };

export interface AuditRecord {
  /** The operation, named as its GraphQL mutation (`createUser`, `enrollEmployees`) or a verb in camelCase for worker events (`certificateIssued`). */
  action: string;
  /** The kind of record written, as its GraphQL type: `Region`, `Enrollment`, `Certificate`. */
  entityType: string;
  entityId?: string | null;
  /** The region the record belongs to, so an admin can follow one kabupaten. */
  regionId?: string | null;
  /** What changed, small: counts, codes, ids, old and new values. Never passwords or tokens. */
  summary?: Record<string, unknown>;
  /** Defaults to the account of the current HTTP request; pass null for system work. */
  actor?: AuditActor | null;
}

const ACTION = /^[a-z][A-Za-z0-9]{0,63}$/;
const ENTITY_TYPE = /^[A-Z][A-Za-z0-9]{0,63}$/;
/** A summary is a description, not a copy of the data: larger ones are cut to their size. */
const MAX_SUMMARY_CHARS = 16_000;

function actorOf(actor: AuditActor | null | undefined): {
  id: string;
  username: string;
  roles: string[];
} | null {
  if (actor === null) return null;
  const resolved =
    actor === undefined
      ? (currentRequest()?.req.user ?? null)
      : actor instanceof AccessScope
        ? actor.user
        : actor;
  return resolved
    ? { id: resolved.id, username: resolved.username, roles: [...resolved.roles] }
    : null;
}

/**
 * The audit trail. Areas call `record(manager, event)` with the EntityManager of the transaction
 * that makes the change, so the change and its record commit or roll back together.
 */
@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async record(manager: EntityManager, event: AuditRecord): Promise<void> {
    if (!manager.queryRunner?.isTransactionActive) {
      // A programming error: an audit row outside the write's transaction can lie.
      throw new Error(
        `AuditService.record(${event.action}) must run inside the transaction of the write it records`,
      );
    }
    await this.insert(manager, event);
  }

  /** For events that write nothing else (a failed login): their own small transaction. */
  async recordStandalone(event: AuditRecord): Promise<void> {
    await this.dataSource.transaction((manager) => this.insert(manager, event));
  }

  private async insert(manager: EntityManager, event: AuditRecord): Promise<void> {
    if (!ACTION.test(event.action))
      throw new Error(`audit action "${event.action}" is not camelCase`);
    if (!ENTITY_TYPE.test(event.entityType)) {
      throw new Error(`audit entityType "${event.entityType}" is not a type name`);
    }
    const actor = actorOf(event.actor);
    const request = currentRequest();
    let summary = event.summary ?? {};
    const size = JSON.stringify(summary).length;
    if (size > MAX_SUMMARY_CHARS) summary = { truncated: true, size };
    await manager.query(
      `INSERT INTO audit_events (action, entity_type, entity_id, region_id, summary, actor_id,
         actor_username, actor_roles, request_id, ip)
       VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7, $8::text[], $9, $10)`,
      [
        event.action,
        event.entityType,
        event.entityId ?? null,
        event.regionId ?? null,
        JSON.stringify(summary),
        actor?.id ?? null,
        actor?.username ?? null,
        actor?.roles ?? [],
        request?.requestId ?? null,
        request?.req.ip ?? null,
      ],
    );
  }

  /** Newest first, keyset-paginated on the id. */
  async list(
    filter: AuditEventFilter | undefined,
    first: number,
    after?: string | null,
  ): Promise<ConnectionShape<AuditEvent>> {
    if (filter?.from && filter.to && filter.from > filter.to) {
      throw new InvalidInputError('filter.to', 'filter.to: is before filter.from');
    }
    const query = this.dataSource.getRepository(AuditEvent).createQueryBuilder('e');
    if (filter?.action) query.andWhere('e.action = :action', { action: filter.action });
    if (filter?.actorId) query.andWhere('e.actor_id = :actorId', { actorId: filter.actorId });
    if (filter?.entityType) {
      query.andWhere('e.entity_type = :entityType', { entityType: filter.entityType });
    }
    if (filter?.entityId) query.andWhere('e.entity_id = :entityId', { entityId: filter.entityId });
    if (filter?.regionId) query.andWhere('e.region_id = :regionId', { regionId: filter.regionId });
    if (filter?.from) query.andWhere('e.occurred_at >= :from', { from: filter.from });
    if (filter?.to) query.andWhere('e.occurred_at <= :to', { to: filter.to });
    const totalCount = await query.clone().getCount();
    if (after) {
      const [id] = decodeCursor(after, 1);
      if (typeof id !== 'string' || !/^\d{1,19}$/.test(id)) {
        throw new InvalidInputError('after', 'after: is not a cursor this API issued');
      }
      query.andWhere('e.id < :afterId', { afterId: id });
    }
    const rows = await query
      .orderBy('e.id', 'DESC')
      .take(first + 1)
      .getMany();
    return toConnection(rows, first, totalCount, (row) => [row.id]);
  }
}
