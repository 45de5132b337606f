import { inject, Injectable } from '@angular/core';
import {
  CompleteTrainingDocument,
  TrainingCompletionDocument,
  type TrainingCompletionQuery,
} from '@lms/web/core';
import { Apollo } from 'apollo-angular';
import { firstValueFrom, map, type Observable } from 'rxjs';

import { requiredData } from './required-data';

export type CompletionData = TrainingCompletionQuery['training'];

@Injectable({ providedIn: 'root' })
export class CompletionService {
  private readonly apollo = inject(Apollo);

  view(id: string): Observable<CompletionData> {
    return this.apollo
      .query({ query: TrainingCompletionDocument, variables: { id }, fetchPolicy: 'no-cache' })
      .pipe(map((result) => requiredData(result.data, 'training').training));
  }

  /** Applies the completion rules; calling it again on a completed class changes nothing. */
  async complete(trainingId: string): Promise<void> {
    const result = await firstValueFrom(
      this.apollo.mutate({
        mutation: CompleteTrainingDocument,
        variables: { trainingId },
        fetchPolicy: 'no-cache',
      }),
    );
    requiredData(result.data, 'completeTraining');
  }
}
