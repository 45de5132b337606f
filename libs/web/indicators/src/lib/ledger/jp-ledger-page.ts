import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  linkedSignal,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { Router, RouterLink } from '@angular/router';
import { TranslocoDirective, TranslocoPipe } from '@jsverse/transloco';
import {
  competencyLabel,
  formatNip,
  gradeLabel,
  isCompetencyType,
  isKnownGrade,
} from '@lms/shared/domain';
import { type ApiErrorInfo, apiErrorInfo, LanguageService } from '@lms/web/core';
import { PageHeader } from '@lms/web/ui';
import { catchError, map, of, switchMap } from 'rxjs';

import { JpAnalystService, type JpLedger } from '../data-access/jp-analyst.service';
import { formatDate, formatJp } from '../shared/format';
import { offeredYears } from '../shared/years';

interface LedgerResult {
  key: string;
  ledger: JpLedger | null;
  error: ApiErrorInfo | null;
}

/** The year a `?tahun=` query asks for, when it is one the page offers. */
export function ledgerYear(raw: string | undefined, years: readonly number[]): number {
  const year = Number(raw);
  return years.includes(year) ? year : years[0];
}

/**
 * One employee's JP of a year, record by record with its source (Bimtek, self-paced course or
 * imported history), for the analyst checking why someone is below 20 JP.
 */
@Component({
  selector: 'lib-jp-ledger-page',
  imports: [
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatIconModule,
    MatProgressBarModule,
    MatSelectModule,
    MatTableModule,
    PageHeader,
    RouterLink,
    TranslocoDirective,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './jp-ledger-page.html',
  styleUrl: './jp-ledger-page.css',
})
export class JpLedgerPage {
  /** From the route `/indikator/pegawai/:employeeId/jp`. */
  readonly employeeId = input.required<string>();
  /** From the query `?tahun=2025`. */
  readonly tahun = input<string>();

  private readonly analyst = inject(JpAnalystService);
  private readonly language = inject(LanguageService);
  private readonly router = inject(Router);

  protected readonly years = offeredYears();
  protected readonly year = linkedSignal(() => ledgerYear(this.tahun(), this.years));
  protected readonly recordColumns = ['date', 'title', 'source', 'competency', 'jp', 'certificate'];
  protected readonly sourceColumns = ['source', 'records', 'jp'];

  private readonly key = computed(() => `${this.employeeId()}|${this.year()}`);
  private readonly result = toSignal(
    toObservable(
      computed(() => ({ key: this.key(), id: this.employeeId(), year: this.year() })),
    ).pipe(
      switchMap(({ key, id, year }) =>
        this.analyst.ledger(id, year).pipe(
          map((ledger): LedgerResult => ({ key, ledger, error: null })),
          catchError((error: unknown) =>
            of<LedgerResult>({ key, ledger: null, error: apiErrorInfo(error) }),
          ),
        ),
      ),
    ),
  );

  protected readonly loading = computed(() => this.result()?.key !== this.key());
  protected readonly error = computed(() => this.result()?.error ?? null);
  protected readonly ledger = computed(() => this.result()?.ledger ?? null);
  protected readonly progress = computed(() => {
    const ledger = this.ledger();
    return ledger && ledger.obligation > 0 ? Math.min(1, ledger.totalJp / ledger.obligation) : 0;
  });
  protected readonly employeeLabels = computed(() => {
    const employee = this.ledger()?.employee;
    if (!employee) {
      return null;
    }
    const lang = this.language.lang();
    return {
      nip: formatNip(employee.nip),
      grade: isKnownGrade(employee.grade) ? gradeLabel(employee.grade, lang) : employee.grade,
    };
  });

  protected changeYear(year: number): void {
    this.year.set(year);
    void this.router.navigate([], {
      queryParams: { tahun: year },
      queryParamsHandling: 'merge',
      replaceUrl: true,
    });
  }

  protected jp(value: number): string {
    return formatJp(value, this.language.lang());
  }

  protected date(iso: string): string {
    return formatDate(iso, this.language.lang());
  }

  protected competency(value: string): string {
    return isCompetencyType(value) ? competencyLabel(value, this.language.lang()) : value;
  }
}
