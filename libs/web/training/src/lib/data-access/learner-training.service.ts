import { inject, Injectable } from '@angular/core';
import {
  AvailableTrainingsDocument,
  type AvailableTrainingsQuery,
  type AvailableTrainingsQueryVariables,
  CheckInDocument,
  type MyEnrollmentFragment,
  MyTrainingsDocument,
  type MyTrainingsQuery,
  RegisterForTrainingDocument,
  TrainingForLearnerDocument,
  type TrainingForLearnerQuery,
  WithdrawFromTrainingDocument,
} from '@lms/web/core';
import { Apollo } from 'apollo-angular';
import { firstValueFrom, map, type Observable } from 'rxjs';

import { requiredData } from './required-data';

export type AvailablePage = AvailableTrainingsQuery['availableTrainings'];
export type LearnerTraining = TrainingForLearnerQuery['trainingForLearner'];
export type MyTraining = MyTrainingsQuery['myTrainings'][number];

/** The signed-in learner's side of Bimtek: classes open to them, registering, checking in. */
@Injectable({ providedIn: 'root' })
export class LearnerTrainingService {
  private readonly apollo = inject(Apollo);

  available(variables: AvailableTrainingsQueryVariables): Observable<AvailablePage> {
    return this.apollo
      .query({ query: AvailableTrainingsDocument, variables, fetchPolicy: 'no-cache' })
      .pipe(map((result) => requiredData(result.data, 'availableTrainings').availableTrainings));
  }

  training(id: string): Observable<LearnerTraining> {
    return this.apollo
      .query({ query: TrainingForLearnerDocument, variables: { id }, fetchPolicy: 'no-cache' })
      .pipe(map((result) => requiredData(result.data, 'trainingForLearner').trainingForLearner));
  }

  mine(): Observable<readonly MyTraining[]> {
    return this.apollo
      .query({ query: MyTrainingsDocument, fetchPolicy: 'no-cache' })
      .pipe(map((result) => requiredData(result.data, 'myTrainings').myTrainings));
  }

  async register(trainingId: string): Promise<MyEnrollmentFragment> {
    const result = await firstValueFrom(
      this.apollo.mutate({
        mutation: RegisterForTrainingDocument,
        variables: { trainingId },
        fetchPolicy: 'no-cache',
      }),
    );
    return requiredData(result.data, 'registerForTraining').registerForTraining;
  }

  async withdraw(trainingId: string): Promise<MyEnrollmentFragment> {
    const result = await firstValueFrom(
      this.apollo.mutate({
        mutation: WithdrawFromTrainingDocument,
        variables: { trainingId },
        fetchPolicy: 'no-cache',
      }),
    );
    return requiredData(result.data, 'withdrawFromTraining').withdrawFromTraining;
  }

  async checkIn(trainingId: string, code: string): Promise<MyEnrollmentFragment> {
    const result = await firstValueFrom(
      this.apollo.mutate({
        mutation: CheckInDocument,
        variables: { trainingId, code },
        fetchPolicy: 'no-cache',
      }),
    );
    return requiredData(result.data, 'checkIn').checkIn;
  }
}
