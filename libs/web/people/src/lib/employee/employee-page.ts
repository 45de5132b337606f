import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoDirective, TranslocoPipe } from '@jsverse/transloco';
import {
  employmentTypeLabel,
  formatNip,
  gradeLabel,
  isEmploymentType,
  isKnownGrade,
  isPositionType,
  isRegionType,
  positionTypeLabel,
  regionTypeLabel,
  Role,
} from '@lms/shared/domain';
import {
  type ApiErrorInfo,
  apiErrorInfo,
  type EmployeeDetailFragment,
  LanguageService,
  SessionStore,
} from '@lms/web/core';
import { NipInsight, PageHeader } from '@lms/web/ui';
import { catchError, map, of, switchMap } from 'rxjs';

import { PeopleDirectoryService } from '../data-access/people-directory.service';

interface EmployeeResult {
  id: string;
  employee: EmployeeDetailFragment | null;
  error: ApiErrorInfo | null;
}

/** One employee's record; `id` comes from the route (`/pegawai/:id`). */
@Component({
  selector: 'lib-employee-page',
  imports: [
    MatButtonModule,
    MatCardModule,
    MatIconModule,
    MatProgressBarModule,
    NipInsight,
    PageHeader,
    RouterLink,
    TranslocoDirective,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './employee-page.html',
  styleUrl: './employee-page.css',
})
export class EmployeePage {
  readonly id = input.required<string>();

  private readonly people = inject(PeopleDirectoryService);
  private readonly language = inject(LanguageService);
  private readonly session = inject(SessionStore);
  /** The JP ledger lives with the indicators, which only HR analysts and admins open. */
  protected readonly canSeeJpLedger = computed(() =>
    this.session.hasAnyRole([Role.ADMIN, Role.HR_ANALYST]),
  );

  private readonly result = toSignal(
    toObservable(this.id).pipe(
      switchMap((id) =>
        this.people.employee(id).pipe(
          map((employee): EmployeeResult => ({ id, employee, error: null })),
          catchError((error: unknown) =>
            of<EmployeeResult>({ id, employee: null, error: apiErrorInfo(error) }),
          ),
        ),
      ),
    ),
  );

  protected readonly loading = computed(() => this.result()?.id !== this.id());
  protected readonly employee = computed(() => this.result()?.employee ?? null);
  protected readonly error = computed(() => this.result()?.error ?? null);

  /** Labels of the coded fields, in the UI language; unknown codes show as they are. */
  protected readonly labels = computed(() => {
    const employee = this.employee();
    const lang = this.language.lang();
    if (!employee) {
      return null;
    }
    const { grade, positionType, employmentType, agency } = employee;
    return {
      nip: formatNip(employee.nip),
      grade: grade ? (isKnownGrade(grade) ? gradeLabel(grade, lang) : grade) : null,
      positionType: positionType
        ? isPositionType(positionType)
          ? positionTypeLabel(positionType, lang)
          : positionType
        : null,
      employmentType: isEmploymentType(employmentType)
        ? employmentTypeLabel(employmentType, lang)
        : employmentType,
      region: `${isRegionType(agency.region.type) ? regionTypeLabel(agency.region.type, lang) + ' ' : ''}${agency.region.name}`,
    };
  });
}
