import { inject, Injectable } from '@angular/core';
import type { OperationVariables, TypedDocumentNode } from '@apollo/client';
import {
  type AssessmentKind,
  type AssessmentSettingsInput,
  type AssessmentSettingsItemFragment,
  ConfigureAssessmentDocument,
  CreateQuestionDocument,
  QuestionBankDocument,
  type QuestionInput,
  type QuestionItemFragment,
  RemoveAssessmentDocument,
  RemoveQuestionDocument,
  UpdateQuestionDocument,
} from '@lms/web/core';
import { Apollo } from 'apollo-angular';
import { firstValueFrom, map, type Observable } from 'rxjs';

import { requiredData } from './required-data';

/** A course's question bank and its pre/post-test settings, for the course's editors only. */
@Injectable({ providedIn: 'root' })
export class QuestionBankService {
  private readonly apollo = inject(Apollo);

  /** The only read that carries correct options: never cached, never shown to learners. */
  list(courseId: string): Observable<readonly QuestionItemFragment[]> {
    return this.apollo
      .query({ query: QuestionBankDocument, variables: { courseId }, fetchPolicy: 'no-cache' })
      .pipe(map((result) => requiredData(result.data, 'questionBank').questionBank));
  }

  async create(courseId: string, input: QuestionInput): Promise<QuestionItemFragment> {
    return requiredData(
      await this.mutate(CreateQuestionDocument, { courseId, input }),
      'createQuestion',
    ).createQuestion;
  }

  /** A question learners already answered is retired and replaced: the result has a new id. */
  async update(id: string, input: QuestionInput): Promise<QuestionItemFragment> {
    return requiredData(await this.mutate(UpdateQuestionDocument, { id, input }), 'updateQuestion')
      .updateQuestion;
  }

  async remove(id: string): Promise<void> {
    await this.mutate(RemoveQuestionDocument, { id });
  }

  async configure(
    courseId: string,
    kind: AssessmentKind,
    input: AssessmentSettingsInput,
  ): Promise<AssessmentSettingsItemFragment> {
    return requiredData(
      await this.mutate(ConfigureAssessmentDocument, { courseId, kind, input }),
      'configureAssessment',
    ).configureAssessment;
  }

  async removeAssessment(courseId: string, kind: AssessmentKind): Promise<void> {
    await this.mutate(RemoveAssessmentDocument, { courseId, kind });
  }

  private async mutate<TData, TVariables extends OperationVariables>(
    mutation: TypedDocumentNode<TData, TVariables>,
    variables: TVariables,
  ): Promise<TData | undefined> {
    const result = await firstValueFrom(
      this.apollo.mutate<TData, TVariables>({ mutation, variables, fetchPolicy: 'no-cache' }),
    );
    return result.data ?? undefined;
  }
}
