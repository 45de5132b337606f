import { inject, Injectable } from '@angular/core';
import { ImportEmployeesDocument, type ImportEmployeesMutation } from '@lms/web/core';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';

export type ImportResult = ImportEmployeesMutation['importEmployees'];

/** The CSV columns the API reads, in template order (contract.md; position_type optional). */
export const EMPLOYEE_CSV_COLUMNS = [
  'nip',
  'full_name',
  'email',
  'agency_code',
  'grade',
  'position_title',
  'position_type',
] as const;

@Injectable({ providedIn: 'root' })
export class EmployeeImportService {
  private readonly apollo = inject(Apollo);

  /** `dryRun` checks every row and reports what would happen without writing anything. */
  async run(csv: string, dryRun: boolean): Promise<ImportResult> {
    const result = await firstValueFrom(
      this.apollo.mutate({
        mutation: ImportEmployeesDocument,
        variables: { csv, dryRun },
        fetchPolicy: 'no-cache',
      }),
    );
    const payload = result.data?.importEmployees;
    if (!payload) {
      throw new Error('importEmployees returned no data');
    }
    if (!dryRun) {
      // Cached directory pages and employees are stale once rows were written.
      await this.apollo.client.clearStore();
    }
    return payload;
  }
}
