import { inject, Injectable } from '@angular/core';
import {
  type AuditEventFilter,
  AuditEventsDocument,
  type AuditEventsQuery,
  type RegionItemFragment,
  RegionsDocument,
} from '@lms/web/core';
import { Apollo } from 'apollo-angular';
import { map, type Observable } from 'rxjs';

export type AuditEventPage = AuditEventsQuery['auditEvents'];
export type AuditEventNode = AuditEventPage['edges'][number]['node'];

export interface AuditEventRequest {
  filter: AuditEventFilter;
  first: number;
  after: string | null;
}

function required<T>(data: T | undefined | null, operation: string): T {
  if (data === undefined || data === null) {
    throw new Error(`${operation} answered without data`);
  }
  return data;
}

/** The audit trail's reads (ADMIN only; the API checks the role again). */
@Injectable({ providedIn: 'root' })
export class AuditTrailService {
  private readonly apollo = inject(Apollo);

  /** From the network: the trail grows with every write, and an admin reads it to see the latest. */
  page(request: AuditEventRequest): Observable<AuditEventPage> {
    return this.apollo
      .query({ query: AuditEventsDocument, variables: request, fetchPolicy: 'network-only' })
      .pipe(map((result) => required(result.data, 'auditEvents').auditEvents));
  }

  regions(): Observable<readonly RegionItemFragment[]> {
    return this.apollo
      .query({ query: RegionsDocument, fetchPolicy: 'cache-first' })
      .pipe(map((result) => required(result.data, 'regions').regions));
  }
}
