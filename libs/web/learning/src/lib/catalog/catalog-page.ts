import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource, takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoDirective, TranslocoPipe } from '@jsverse/transloco';
import { COMPETENCY_TYPES } from '@lms/shared/domain';
import {
  type ApiErrorInfo,
  apiErrorInfo,
  type CompetencyType,
  type CourseDelivery,
  type CourseSummaryFragment,
} from '@lms/web/core';
import { PageHeader } from '@lms/web/ui';
import {
  catchError,
  debounceTime,
  distinctUntilChanged,
  map,
  merge,
  of,
  startWith,
  Subject,
  switchMap,
} from 'rxjs';

import {
  type CatalogPage as CatalogResultPage,
  CatalogService,
} from '../data-access/catalog.service';
import { ApiErrorMessage } from '../shared/api-error-message';
import { COURSE_DELIVERIES, LEVELS } from '../shared/course-options';
import {
  type CatalogFilters,
  catalogVariables,
  competencyGroups,
  type DigitalFilter,
  hasFilters,
  NO_FILTERS,
} from './catalog-filters';
import { CourseCard } from './course-card';

export const CATALOG_SEARCH_DEBOUNCE_MS = 300;

interface PageRequest {
  filters: CatalogFilters;
  after: string | null;
}

type PageEvent =
  | { request: PageRequest; loading: true }
  | {
      request: PageRequest;
      loading: false;
      page: CatalogResultPage | null;
      error: ApiErrorInfo | null;
    };

/** "Katalog": published courses of the learner's region and shared ones, filtered and searched. */
@Component({
  selector: 'lib-catalog-page',
  imports: [
    ApiErrorMessage,
    CourseCard,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    PageHeader,
    ReactiveFormsModule,
    TranslocoDirective,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './catalog-page.html',
  styleUrl: './catalog-page.css',
})
export class CatalogPage {
  private readonly catalog = inject(CatalogService);

  protected readonly competencyTypes = COMPETENCY_TYPES;
  protected readonly levels = LEVELS;
  protected readonly deliveries = COURSE_DELIVERIES;
  protected readonly searchControl = new FormControl('', { nonNullable: true });

  private readonly search = toSignal(
    this.searchControl.valueChanges.pipe(
      debounceTime(CATALOG_SEARCH_DEBOUNCE_MS),
      map((value) => value.trim()),
      distinctUntilChanged(),
    ),
    { initialValue: '' },
  );
  protected readonly competency = signal<CompetencyType | null>(null);
  protected readonly competencyId = signal<string | null>(null);
  protected readonly level = signal<number | null>(null);
  protected readonly delivery = signal<CourseDelivery | null>(null);
  protected readonly digital = signal<DigitalFilter>('any');

  protected readonly filters = computed<CatalogFilters>(() => ({
    search: this.search(),
    competency: this.competency(),
    competencyId: this.competencyId(),
    level: this.level(),
    delivery: this.delivery(),
    digital: this.digital(),
  }));
  protected readonly filtered = computed(() => hasFilters(this.filters()));

  /** National competencies and the technical ones of the learner's region, read once. */
  private readonly competencies = rxResource({
    stream: () =>
      this.catalog.competencies().pipe(
        // Without the list the select stays empty; the catalog itself still works.
        catchError(() => of([])),
      ),
  });
  /** Narrowed to the chosen type, grouped by type when none is chosen. */
  protected readonly competencyGroups = computed(() =>
    competencyGroups(
      this.competencies.hasValue() ? this.competencies.value() : [],
      this.competency(),
    ),
  );

  protected readonly courses = signal<readonly CourseSummaryFragment[]>([]);
  protected readonly total = signal<number | null>(null);
  protected readonly endCursor = signal<string | null>(null);
  protected readonly hasMore = signal(false);
  protected readonly loading = signal(true);
  protected readonly loadingMore = signal(false);
  protected readonly error = signal<ApiErrorInfo | null>(null);

  private readonly more = new Subject<PageRequest>();

  constructor() {
    merge(
      toObservable(this.filters).pipe(map((filters): PageRequest => ({ filters, after: null }))),
      this.more,
    )
      .pipe(
        switchMap((request) =>
          this.catalog.page(catalogVariables(request.filters, request.after)).pipe(
            map((page): PageEvent => ({ request, loading: false, page, error: null })),
            catchError((error: unknown) =>
              of<PageEvent>({ request, loading: false, page: null, error: apiErrorInfo(error) }),
            ),
            startWith<PageEvent>({ request, loading: true }),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((event) => this.apply(event));
  }

  protected loadMore(): void {
    const after = this.endCursor();
    if (this.hasMore() && after && !this.loading() && !this.loadingMore()) {
      this.more.next({ filters: this.filters(), after });
    }
  }

  /** A specific competency of another type would match nothing: a new type clears it. */
  protected chooseType(type: CompetencyType | null): void {
    this.competency.set(type);
    this.competencyId.set(null);
  }

  protected clearFilters(): void {
    this.searchControl.setValue('');
    this.competency.set(NO_FILTERS.competency);
    this.competencyId.set(NO_FILTERS.competencyId);
    this.level.set(NO_FILTERS.level);
    this.delivery.set(NO_FILTERS.delivery);
    this.digital.set(NO_FILTERS.digital);
  }

  private apply(event: PageEvent): void {
    const appending = event.request.after !== null;
    if (event.loading) {
      (appending ? this.loadingMore : this.loading).set(true);
      return;
    }
    this.loading.set(false);
    this.loadingMore.set(false);
    this.error.set(event.error);
    if (!event.page) {
      return;
    }
    const nodes = event.page.edges.map((edge) => edge.node);
    this.courses.set(appending ? [...this.courses(), ...nodes] : nodes);
    this.total.set(event.page.totalCount);
    this.endCursor.set(event.page.pageInfo.endCursor);
    this.hasMore.set(event.page.pageInfo.hasNextPage);
  }
}
