import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  linkedSignal,
  signal,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslocoDirective, TranslocoPipe } from '@jsverse/transloco';
import { formatNip, gradeLabel, isKnownGrade } from '@lms/shared/domain';
import { type ApiErrorInfo, apiErrorInfo, LanguageService } from '@lms/web/core';
import { PageHeader } from '@lms/web/ui';
import { catchError, firstValueFrom, map, of, switchMap } from 'rxjs';

import { FileSaver } from '../data-access/file-saver.service';
import { IndicatorDashboardService } from '../data-access/indicator-dashboard.service';
import {
  JpAnalystService,
  type JpShortfallConnection,
  type JpShortfallRequest,
} from '../data-access/jp-analyst.service';
import { agencyOptionGroups } from '../shared/agency-options';
import { currentCursor, FIRST_PAGE, popCursor, pushCursor } from '../shared/cursor-stack';
import { formatJp } from '../shared/format';
import { offeredYears } from '../shared/years';

export const SHORTFALL_PAGE_SIZES = [20, 50, 100] as const;

interface PageResult {
  request: JpShortfallRequest;
  page: JpShortfallConnection | null;
  error: ApiErrorInfo | null;
}

/** Active employees below 20 JP in a year, by agency, with their ledgers one click away. */
@Component({
  selector: 'lib-jp-shortfall-page',
  imports: [
    MatButtonModule,
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
  templateUrl: './jp-shortfall-page.html',
  styleUrl: './jp-shortfall-page.css',
})
export class JpShortfallPage {
  private readonly analyst = inject(JpAnalystService);
  private readonly saver = inject(FileSaver);
  private readonly language = inject(LanguageService);

  protected readonly years = offeredYears();
  protected readonly pageSizes = SHORTFALL_PAGE_SIZES;
  protected readonly columns = ['nip', 'name', 'grade', 'agency', 'jp', 'missing'];

  protected readonly year = signal(this.years[0]);
  protected readonly agencyId = signal<string | null>(null);
  protected readonly pageSize = signal<number>(SHORTFALL_PAGE_SIZES[0]);

  private readonly filters = computed(() => ({
    year: this.year(),
    agencyId: this.agencyId(),
    first: this.pageSize(),
  }));
  /** Back to the first page whenever a filter changes. */
  private readonly cursors = linkedSignal({ source: this.filters, computation: () => FIRST_PAGE });
  private readonly request = computed<JpShortfallRequest>(() => ({
    ...this.filters(),
    after: currentCursor(this.cursors()),
  }));

  private readonly result = toSignal(
    toObservable(this.request).pipe(
      switchMap((request) =>
        this.analyst.shortfall(request).pipe(
          map((page): PageResult => ({ request, page, error: null })),
          catchError((error: unknown) =>
            of<PageResult>({ request, page: null, error: apiErrorInfo(error) }),
          ),
        ),
      ),
    ),
  );

  protected readonly loading = computed(() => this.result()?.request !== this.request());
  protected readonly error = computed(() => this.result()?.error ?? null);
  protected readonly page = linkedSignal<PageResult | undefined, JpShortfallConnection | null>({
    source: this.result,
    computation: (result, previous) =>
      result?.page ?? (result?.error ? null : (previous?.value ?? null)),
  });
  protected readonly rows = computed(() => this.page()?.edges.map((edge) => edge.node) ?? []);
  protected readonly pageIndex = computed(() => this.cursors().length - 1);
  protected readonly range = computed(() => {
    const page = this.page();
    const from = this.pageIndex() * this.pageSize() + 1;
    return {
      from: page && page.edges.length > 0 ? from : 0,
      to: page ? from + page.edges.length - 1 : 0,
      total: page?.totalCount ?? 0,
    };
  });
  protected readonly hasPrevious = computed(() => this.pageIndex() > 0);
  protected readonly hasNext = computed(() => this.page()?.pageInfo.hasNextPage === true);

  protected readonly agencyGroups = toSignal(
    inject(IndicatorDashboardService)
      .agencies()
      .pipe(
        map(agencyOptionGroups),
        catchError(() => of([])),
      ),
    { initialValue: [] },
  );

  protected readonly downloading = signal(false);
  protected readonly downloadError = signal<ApiErrorInfo | null>(null);

  protected next(): void {
    const page = this.page();
    if (page?.pageInfo.hasNextPage && !this.loading()) {
      this.cursors.set(pushCursor(this.cursors(), page.pageInfo.endCursor));
    }
  }

  protected previous(): void {
    if (!this.loading()) {
      this.cursors.set(popCursor(this.cursors()));
    }
  }

  /** The server writes the CSV of every page, so the file is the whole list, not this page. */
  protected async downloadCsv(): Promise<void> {
    this.downloading.set(true);
    this.downloadError.set(null);
    try {
      const file = await firstValueFrom(this.analyst.shortfallCsv(this.year(), this.agencyId()));
      this.saver.saveText(file.filename, file.content);
    } catch (error: unknown) {
      this.downloadError.set(apiErrorInfo(error));
    } finally {
      this.downloading.set(false);
    }
  }

  protected formatNip(nip: string): string {
    return formatNip(nip);
  }

  protected grade(grade: string): string {
    return isKnownGrade(grade) ? gradeLabel(grade, this.language.lang()) : grade;
  }

  protected jp(value: number): string {
    return formatJp(value, this.language.lang());
  }
}
