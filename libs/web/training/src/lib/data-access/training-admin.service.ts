import { inject, Injectable } from '@angular/core';
import {
  AgenciesDocument,
  type AgencyItemFragment,
  type InstructorOptionFragment,
  ScheduleTrainingDocument,
  type ScheduleTrainingInput,
  SetTrainingInstructorsDocument,
  type SetTrainingInstructorsMutation,
  TrainingCourseOptionsDocument,
  type TrainingCourseOptionsQuery,
  TrainingDetailDocument,
  type TrainingDetailFragment,
  TrainingInstructorOptionsDocument,
  TrainingsDocument,
  type TrainingsQuery,
  type TrainingsQueryVariables,
  type TrainingSummaryFragment,
} from '@lms/web/core';
import { Apollo } from 'apollo-angular';
import { firstValueFrom, map, type Observable } from 'rxjs';

import { requiredData } from './required-data';

export type TrainingPage = TrainingsQuery['trainings'];
export type CourseOption = TrainingCourseOptionsQuery['courses'][number];
export type ClassInstructors = SetTrainingInstructorsMutation['setTrainingInstructors'];

/**
 * Staff reads and scheduling. Seats and statuses change under other people's hands, so every
 * read goes to the network and nothing stays in Apollo's cache.
 */
@Injectable({ providedIn: 'root' })
export class TrainingAdminService {
  private readonly apollo = inject(Apollo);

  list(variables: TrainingsQueryVariables): Observable<TrainingPage> {
    return this.apollo
      .query({ query: TrainingsDocument, variables, fetchPolicy: 'no-cache' })
      .pipe(map((result) => requiredData(result.data, 'trainings').trainings));
  }

  detail(id: string): Observable<TrainingDetailFragment> {
    return this.apollo
      .query({ query: TrainingDetailDocument, variables: { id }, fetchPolicy: 'no-cache' })
      .pipe(map((result) => requiredData(result.data, 'training').training));
  }

  /** Published courses of the organizer's region (and shared ones) a class can be scheduled for. */
  courseOptions(): Observable<readonly CourseOption[]> {
    return this.apollo
      .query({ query: TrainingCourseOptionsDocument, fetchPolicy: 'no-cache' })
      .pipe(map((result) => requiredData(result.data, 'courses').courses));
  }

  async schedule(input: ScheduleTrainingInput): Promise<TrainingSummaryFragment> {
    const result = await firstValueFrom(
      this.apollo.mutate({
        mutation: ScheduleTrainingDocument,
        variables: { input },
        fetchPolicy: 'no-cache',
      }),
    );
    return requiredData(result.data, 'scheduleTraining').scheduleTraining;
  }

  /**
   * INSTRUCTOR accounts a class may book. `regionId` null: the organizer's own region (the API
   * applies the scope); an ADMIN names the class's region.
   */
  instructorOptions(regionId: string | null): Observable<readonly InstructorOptionFragment[]> {
    return this.apollo
      .query({
        query: TrainingInstructorOptionsDocument,
        variables: { regionId },
        fetchPolicy: 'no-cache',
      })
      .pipe(map((result) => requiredData(result.data, 'instructors').instructors));
  }

  /** The agency tree a quota may name, in the API's tree order; same region rule as above. */
  agencyOptions(regionId: string | null): Observable<readonly AgencyItemFragment[]> {
    return this.apollo
      .query({ query: AgenciesDocument, variables: { regionId }, fetchPolicy: 'no-cache' })
      .pipe(map((result) => requiredData(result.data, 'agencies').agencies));
  }

  /** Replaces the class's instructors; the API refuses an instructor booked on the same days. */
  async setInstructors(trainingId: string, instructorIds: string[]): Promise<ClassInstructors> {
    const result = await firstValueFrom(
      this.apollo.mutate({
        mutation: SetTrainingInstructorsDocument,
        variables: { trainingId, instructorIds },
        fetchPolicy: 'no-cache',
      }),
    );
    return requiredData(result.data, 'setTrainingInstructors').setTrainingInstructors;
  }
}
