import { inject, Injectable } from '@angular/core';
import {
  ApproveEnrollmentDocument,
  CancelEnrollmentDocument,
  EnrollEmployeesDocument,
  PromoteEnrollmentDocument,
  RejectEnrollmentDocument,
  type RosterEnrollmentFragment,
  TrainingRosterCsvDocument,
  TrainingRosterDocument,
  type TrainingRosterQuery,
} from '@lms/web/core';
import { Apollo } from 'apollo-angular';
import { firstValueFrom, map, type Observable } from 'rxjs';

import { requiredData } from './required-data';

export type Roster = TrainingRosterQuery['training'];

/** The organizer's roster: who holds a seat, who waits, who asked; and the decisions on them. */
@Injectable({ providedIn: 'root' })
export class RosterService {
  private readonly apollo = inject(Apollo);

  roster(id: string): Observable<Roster> {
    return this.apollo
      .query({ query: TrainingRosterDocument, variables: { id }, fetchPolicy: 'no-cache' })
      .pipe(map((result) => requiredData(result.data, 'training').training));
  }

  async csv(trainingId: string): Promise<string> {
    const result = await firstValueFrom(
      this.apollo.query({
        query: TrainingRosterCsvDocument,
        variables: { trainingId },
        fetchPolicy: 'no-cache',
      }),
    );
    return requiredData(result.data, 'trainingRosterCsv').trainingRosterCsv;
  }

  async enroll(trainingId: string, nips: string[]): Promise<readonly RosterEnrollmentFragment[]> {
    const result = await firstValueFrom(
      this.apollo.mutate({
        mutation: EnrollEmployeesDocument,
        variables: { trainingId, nips },
        fetchPolicy: 'no-cache',
      }),
    );
    return requiredData(result.data, 'enrollEmployees').enrollEmployees;
  }

  async cancel(id: string, reason: string | null): Promise<RosterEnrollmentFragment> {
    const result = await firstValueFrom(
      this.apollo.mutate({
        mutation: CancelEnrollmentDocument,
        variables: { id, reason },
        fetchPolicy: 'no-cache',
      }),
    );
    return requiredData(result.data, 'cancelEnrollment').cancelEnrollment;
  }

  async approve(id: string): Promise<RosterEnrollmentFragment> {
    const result = await firstValueFrom(
      this.apollo.mutate({
        mutation: ApproveEnrollmentDocument,
        variables: { id },
        fetchPolicy: 'no-cache',
      }),
    );
    return requiredData(result.data, 'approveEnrollment').approveEnrollment;
  }

  async reject(id: string, reason: string | null): Promise<RosterEnrollmentFragment> {
    const result = await firstValueFrom(
      this.apollo.mutate({
        mutation: RejectEnrollmentDocument,
        variables: { id, reason },
        fetchPolicy: 'no-cache',
      }),
    );
    return requiredData(result.data, 'rejectEnrollment').rejectEnrollment;
  }

  async promote(id: string): Promise<RosterEnrollmentFragment> {
    const result = await firstValueFrom(
      this.apollo.mutate({
        mutation: PromoteEnrollmentDocument,
        variables: { id },
        fetchPolicy: 'no-cache',
      }),
    );
    return requiredData(result.data, 'promoteEnrollment').promoteEnrollment;
  }
}
