import { inject, Injectable } from '@angular/core';
import {
  AgenciesDocument,
  type AgencyItemFragment,
  type CompetencyType,
  IndicatorDashboardDocument,
  type IndicatorDashboardQuery,
  type IndicatorFilter,
  IndicatorsVersionDocument,
} from '@lms/web/core';
import { Apollo } from 'apollo-angular';
import { map, type Observable } from 'rxjs';

import { requiredData } from './required-data';

export type IndicatorDashboard = IndicatorDashboardQuery;

/** What the dashboard's filters ask for; null means "all". */
export interface DashboardFilter {
  year: number | null;
  agencyId: string | null;
  competency: CompetencyType | null;
}

/**
 * The API filter of the charts and, for the monthly trend, the same filter with a year: the trend
 * needs one (the current year when the dashboard shows every year).
 */
export function indicatorFilters(
  filter: DashboardFilter,
  currentYear: number,
): { filter: IndicatorFilter; trendFilter: IndicatorFilter } {
  const base: IndicatorFilter = {
    year: filter.year,
    agencyId: filter.agencyId,
    competency: filter.competency,
  };
  return { filter: base, trendFilter: { ...base, year: filter.year ?? currentYear } };
}

/** The dashboard's reads: the indicators, their version (for live updates), the agency tree. */
@Injectable({ providedIn: 'root' })
export class IndicatorDashboardService {
  private readonly apollo = inject(Apollo);

  /** From the network: the point of the page is fresh numbers. */
  dashboard(filter: DashboardFilter, currentYear: number): Observable<IndicatorDashboard> {
    return this.apollo
      .query({
        query: IndicatorDashboardDocument,
        variables: indicatorFilters(filter, currentYear),
        fetchPolicy: 'network-only',
      })
      .pipe(map((result) => requiredData(result.data, 'indicatorDashboard')));
  }

  /**
   * Changes whenever a number of the caller's scope may have changed. It is read from the
   * database, so every API process behind a load balancer answers the same.
   */
  version(): Observable<string> {
    return this.apollo
      .query({ query: IndicatorsVersionDocument, fetchPolicy: 'network-only' })
      .pipe(map((result) => requiredData(result.data, 'indicatorsVersion').indicatorsVersion));
  }

  /** In tree order (the API sorts by path), with `depth` for indenting. */
  agencies(): Observable<readonly AgencyItemFragment[]> {
    return this.apollo
      .query({ query: AgenciesDocument, fetchPolicy: 'cache-first' })
      .pipe(map((result) => requiredData(result.data, 'agencies').agencies));
  }
}
