import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  linkedSignal,
  signal,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { Router, RouterLink } from '@angular/router';
import { TranslocoDirective, TranslocoPipe } from '@jsverse/transloco';
import { formatNip, gradeLabel, isKnownGrade } from '@lms/shared/domain';
import { type ApiErrorInfo, apiErrorInfo, LanguageService } from '@lms/web/core';
import { PageHeader } from '@lms/web/ui';
import { catchError, debounceTime, distinctUntilChanged, map, of, switchMap } from 'rxjs';

import {
  type EmployeePage,
  type EmployeeSearch,
  PeopleDirectoryService,
} from '../data-access/people-directory.service';
import { groupAgenciesByRegion } from './agency-options';
import { currentCursor, FIRST_PAGE, popCursor, pushCursor } from './cursor-stack';

/** Typing pauses this long before the directory searches, so each keystroke is not a request. */
export const SEARCH_DEBOUNCE_MS = 300;
export const PAGE_SIZES = [10, 20, 50] as const;

/** A request with the index of the page it asks for, so the summary matches the rows shown. */
type PageRequest = EmployeeSearch & { pageIndex: number };

interface PageResult {
  request: PageRequest;
  page: EmployeePage | null;
  error: ApiErrorInfo | null;
}

@Component({
  selector: 'lib-people-directory-page',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    MatTableModule,
    PageHeader,
    ReactiveFormsModule,
    RouterLink,
    TranslocoDirective,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './people-directory-page.html',
  styleUrl: './people-directory-page.css',
})
export class PeopleDirectoryPage {
  private readonly people = inject(PeopleDirectoryService);
  private readonly router = inject(Router);
  private readonly language = inject(LanguageService);

  protected readonly columns = ['nip', 'name', 'grade', 'position', 'unit'];
  protected readonly pageSizes = PAGE_SIZES;
  protected readonly searchControl = new FormControl('', { nonNullable: true });

  private readonly search = toSignal(
    this.searchControl.valueChanges.pipe(
      debounceTime(SEARCH_DEBOUNCE_MS),
      map((value) => value.trim()),
      distinctUntilChanged(),
    ),
    { initialValue: '' },
  );
  protected readonly agencyId = signal<string | null>(null);
  protected readonly pageSize = signal<number>(20);

  private readonly filters = computed(() => ({
    search: this.search(),
    agencyId: this.agencyId(),
    first: this.pageSize(),
  }));
  /** Back to the first page whenever a filter changes. */
  private readonly cursors = linkedSignal({ source: this.filters, computation: () => FIRST_PAGE });
  private readonly request = computed<PageRequest>(() => ({
    ...this.filters(),
    after: currentCursor(this.cursors()),
    pageIndex: this.cursors().length - 1,
  }));

  private readonly result = toSignal(
    toObservable(this.request).pipe(
      switchMap((request) =>
        this.people.page(request).pipe(
          map((page): PageResult => ({ request, page, error: null })),
          catchError((error: unknown) =>
            of<PageResult>({ request, page: null, error: apiErrorInfo(error) }),
          ),
        ),
      ),
    ),
  );

  /** The previous page stays on screen, dimmed, until the next one arrives. */
  protected readonly loading = computed(() => this.result()?.request !== this.request());
  protected readonly error = computed(() => this.result()?.error ?? null);
  /** The page on screen and the index it was loaded for (kept while the next one loads). */
  private readonly shown = linkedSignal<
    PageResult | undefined,
    { page: EmployeePage | null; index: number; size: number }
  >({
    source: this.result,
    computation: (result, previous) =>
      result?.page
        ? { page: result.page, index: result.request.pageIndex, size: result.request.first }
        : result?.error
          ? { page: null, index: 0, size: this.pageSize() }
          : (previous?.value ?? { page: null, index: 0, size: this.pageSize() }),
  });
  protected readonly page = computed(() => this.shown().page);
  protected readonly rows = computed(() => this.page()?.edges.map((edge) => edge.node) ?? []);
  protected readonly pageIndex = computed(() => this.cursors().length - 1);
  protected readonly range = computed(() => {
    const { page, index, size } = this.shown();
    const from = index * size + 1;
    return {
      from: page && page.edges.length > 0 ? from : 0,
      to: page ? from + page.edges.length - 1 : 0,
      total: page?.totalCount ?? 0,
    };
  });
  protected readonly hasPrevious = computed(() => this.pageIndex() > 0);
  protected readonly hasNext = computed(() => this.page()?.pageInfo.hasNextPage === true);

  protected readonly agencyGroups = toSignal(
    this.people.agencies().pipe(
      map(groupAgenciesByRegion),
      catchError(() => of([])),
    ),
    { initialValue: [] },
  );

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

  protected open(id: string): void {
    void this.router.navigate(['/pegawai', id]);
  }

  protected formatNip(nip: string): string {
    return formatNip(nip);
  }

  protected grade(grade: string | null): string {
    if (!grade) {
      return '';
    }
    return isKnownGrade(grade) ? gradeLabel(grade, this.language.lang()) : grade;
  }
}
