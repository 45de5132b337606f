import { inject, Injectable } from '@angular/core';
import {
  AgenciesDocument,
  type AgencyItemFragment,
  type EmployeeDetailFragment,
  EmployeeDocument,
  EmployeesDocument,
  type EmployeesQuery,
} from '@lms/web/core';
import { Apollo } from 'apollo-angular';
import { map, type Observable } from 'rxjs';

export type EmployeePage = EmployeesQuery['employees'];

export interface EmployeeSearch {
  search: string;
  agencyId: string | null;
  first: number;
  after: string | null;
}

/** The people feature's reads: one page of the directory, one employee, the agency tree. */
@Injectable({ providedIn: 'root' })
export class PeopleDirectoryService {
  private readonly apollo = inject(Apollo);

  /** Always from the network: an import may have changed the list since the last visit. */
  page(query: EmployeeSearch): Observable<EmployeePage> {
    return this.apollo
      .query({
        query: EmployeesDocument,
        variables: {
          first: query.first,
          after: query.after,
          search: query.search.trim() || null,
          agencyId: query.agencyId,
        },
        fetchPolicy: 'network-only',
      })
      .pipe(map((result) => required(result.data).employees));
  }

  employee(id: string): Observable<EmployeeDetailFragment> {
    return this.apollo
      .query({ query: EmployeeDocument, variables: { id }, fetchPolicy: 'network-only' })
      .pipe(map((result) => required(result.data).employee));
  }

  /** In tree order (the API sorts by path), with `depth` for indenting. */
  agencies(): Observable<readonly AgencyItemFragment[]> {
    return this.apollo
      .query({ query: AgenciesDocument, fetchPolicy: 'cache-first' })
      .pipe(map((result) => required(result.data).agencies));
  }
}

function required<T>(data: T | undefined | null): T {
  if (data === undefined || data === null) {
    throw new Error('The API answered without data');
  }
  return data;
}
