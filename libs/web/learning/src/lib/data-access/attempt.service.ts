import { inject, Injectable } from '@angular/core';
import {
  type AnswerInput,
  AnswerQuestionDocument,
  type AssessmentKind,
  type AttemptItemFragment,
  AttemptResultDocument,
  type AttemptResultItemFragment,
  StartAttemptDocument,
  SubmitAttemptDocument,
} from '@lms/web/core';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';

import { requiredData } from './required-data';

/**
 * Taking a pre-test or post-test. Never cached: an attempt's questions carry the question ids, and
 * a normalised cache would mix the answers of two attempts that drew the same question.
 */
@Injectable({ providedIn: 'root' })
export class AttemptService {
  private readonly apollo = inject(Apollo);

  /** Starts an attempt, or resumes the one still open. */
  async start(courseId: string, kind: AssessmentKind): Promise<AttemptItemFragment> {
    const result = await firstValueFrom(
      this.apollo.mutate({
        mutation: StartAttemptDocument,
        variables: { courseId, kind },
        fetchPolicy: 'no-cache',
      }),
    );
    return requiredData(result.data, 'startAttempt').startAttempt;
  }

  /** Saves one answer right away, so a reload or a lost connection keeps what was chosen. */
  async answer(attemptId: string, answer: AnswerInput): Promise<void> {
    await firstValueFrom(
      this.apollo.mutate({
        mutation: AnswerQuestionDocument,
        variables: { attemptId, answer },
        fetchPolicy: 'no-cache',
      }),
    );
  }

  /** Sends every answer again with the submit: the server keeps the last one given. */
  async submit(attemptId: string, answers: AnswerInput[]): Promise<AttemptResultItemFragment> {
    const result = await firstValueFrom(
      this.apollo.mutate({
        mutation: SubmitAttemptDocument,
        variables: { attemptId, answers },
        fetchPolicy: 'no-cache',
      }),
    );
    return requiredData(result.data, 'submitAttempt').submitAttempt;
  }

  async result(attemptId: string): Promise<AttemptResultItemFragment> {
    const result = await firstValueFrom(
      this.apollo.query({
        query: AttemptResultDocument,
        variables: { id: attemptId },
        fetchPolicy: 'no-cache',
      }),
    );
    return requiredData(result.data, 'attemptResult').attemptResult;
  }
}
