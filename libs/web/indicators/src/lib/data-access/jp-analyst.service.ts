import { inject, Injectable } from '@angular/core';
import {
  EmployeeJpLedgerDocument,
  type EmployeeJpLedgerQuery,
  JpShortfallCsvDocument,
  type JpShortfallCsvQuery,
  JpShortfallDocument,
  type JpShortfallQuery,
} from '@lms/web/core';
import { Apollo } from 'apollo-angular';
import { map, type Observable } from 'rxjs';

import { requiredData } from './required-data';

export type JpShortfallConnection = JpShortfallQuery['jpShortfall'];
export type JpShortfallCsv = JpShortfallCsvQuery['jpShortfallCsv'];
export type JpLedger = EmployeeJpLedgerQuery['employeeJpLedger'];

export interface JpShortfallRequest {
  year: number;
  agencyId: string | null;
  first: number;
  after: string | null;
}

/** The analyst's JP reads: who is below 20 JP, and one employee's ledger. */
@Injectable({ providedIn: 'root' })
export class JpAnalystService {
  private readonly apollo = inject(Apollo);

  shortfall(request: JpShortfallRequest): Observable<JpShortfallConnection> {
    return this.apollo
      .query({ query: JpShortfallDocument, variables: request, fetchPolicy: 'network-only' })
      .pipe(map((result) => requiredData(result.data, 'jpShortfall').jpShortfall));
  }

  /** Every page at once, written by the server (same columns as its HTTP export). */
  shortfallCsv(year: number, agencyId: string | null): Observable<JpShortfallCsv> {
    return this.apollo
      .query({
        query: JpShortfallCsvDocument,
        variables: { year, agencyId },
        fetchPolicy: 'network-only',
      })
      .pipe(map((result) => requiredData(result.data, 'jpShortfallCsv').jpShortfallCsv));
  }

  ledger(employeeId: string, year: number): Observable<JpLedger> {
    return this.apollo
      .query({
        query: EmployeeJpLedgerDocument,
        variables: { employeeId, year },
        fetchPolicy: 'network-only',
      })
      .pipe(map((result) => requiredData(result.data, 'employeeJpLedger').employeeJpLedger));
  }
}
