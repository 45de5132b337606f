import { inject, Injectable } from '@angular/core';
import {
  CatalogDocument,
  type CatalogQuery,
  type CatalogQueryVariables,
  CompetenciesDocument,
  type CompetencyItemFragment,
  type CompetencyLevelItemFragment,
  CompetencyLevelsDocument,
  type CompetencyType,
  CourseOutlineDocument,
  type CourseOutlineFragment,
} from '@lms/web/core';
import { Apollo } from 'apollo-angular';
import { map, type Observable } from 'rxjs';

import { requiredData } from './required-data';

export type CatalogPage = CatalogQuery['catalog'];

/** Reads shared by learners and organizers: the catalog, one course's outline, the competency model. */
@Injectable({ providedIn: 'root' })
export class CatalogService {
  private readonly apollo = inject(Apollo);

  /** From the network: organizers publish and archive while learners browse. */
  page(variables: CatalogQueryVariables): Observable<CatalogPage> {
    return this.apollo
      .query({ query: CatalogDocument, variables, fetchPolicy: 'network-only' })
      .pipe(map((result) => requiredData(result.data, 'catalog').catalog));
  }

  /** A course with its modules, lessons and test settings (never questions or answers). */
  outline(id: string): Observable<CourseOutlineFragment> {
    return this.apollo
      .query({ query: CourseOutlineDocument, variables: { id }, fetchPolicy: 'network-only' })
      .pipe(map((result) => requiredData(result.data, 'course').course));
  }

  /** National competencies plus the technical ones of `regionId` (default: the caller's region). */
  competencies(
    type: CompetencyType | null = null,
    regionId: string | null = null,
  ): Observable<readonly CompetencyItemFragment[]> {
    return this.apollo
      .query({
        query: CompetenciesDocument,
        variables: { type, regionId },
        fetchPolicy: 'network-only',
      })
      .pipe(map((result) => requiredData(result.data, 'competencies').competencies));
  }

  /** The five levels never change at run time. */
  levels(): Observable<readonly CompetencyLevelItemFragment[]> {
    return this.apollo
      .query({ query: CompetencyLevelsDocument, fetchPolicy: 'cache-first' })
      .pipe(map((result) => requiredData(result.data, 'competencyLevels').competencyLevels));
  }
}
