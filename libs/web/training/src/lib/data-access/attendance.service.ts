import { inject, Injectable } from '@angular/core';
import {
  RecordAttendanceDocument,
  TrainingAttendanceDocument,
  type TrainingAttendanceQuery,
} from '@lms/web/core';
import { Apollo } from 'apollo-angular';
import { firstValueFrom, map, type Observable } from 'rxjs';

import { requiredData } from './required-data';

export type AttendanceSheetData = TrainingAttendanceQuery['training'];

/** The attendance sheet: every day of a class with its marks and check-in code. */
@Injectable({ providedIn: 'root' })
export class AttendanceService {
  private readonly apollo = inject(Apollo);

  sheet(id: string): Observable<AttendanceSheetData> {
    return this.apollo
      .query({ query: TrainingAttendanceDocument, variables: { id }, fetchPolicy: 'no-cache' })
      .pipe(map((result) => requiredData(result.data, 'training').training));
  }

  /** Marks `nips` present (or absent) on `date`; the API audits every change. */
  async record(trainingId: string, date: string, nips: string[], present: boolean): Promise<void> {
    const result = await firstValueFrom(
      this.apollo.mutate({
        mutation: RecordAttendanceDocument,
        variables: { trainingId, date, nips, present },
        fetchPolicy: 'no-cache',
      }),
    );
    requiredData(result.data, 'recordAttendance');
  }
}
