import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  linkedSignal,
  signal,
} from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import {
  type ApiErrorInfo,
  apiErrorInfo,
  LanguageService,
  type TrainingStatus,
  type TrainingSummaryFragment,
} from '@lms/web/core';
import { debounceTime, distinctUntilChanged, map, type Observable } from 'rxjs';

import { MonthCalendar } from '../calendar/month-calendar';
import { yearMonthOf } from '../calendar/month-grid';
import { LearnerTrainingService } from '../data-access/learner-training.service';
import { TrainingAdminService } from '../data-access/training-admin.service';
import { TrainingErrorMessage } from '../shared/api-error-message';
import { formatDayRange, zoneLabel } from '../shared/training-format';
import { TrainingStatusPill } from '../shared/training-status';
import {
  localToday,
  type TrainingPeriod,
  type TrainingQuery,
  trainingQuery,
  type TrainingView,
} from './training-query';

interface Page {
  totalCount: number;
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
  edges: readonly { node: TrainingSummaryFragment }[];
}

const STATUSES: readonly TrainingStatus[] = ['SCHEDULED', 'COMPLETED', 'CANCELLED'];

/**
 * Bimtek classes as a list (filtered, paged by cursor) or a month calendar. Staff see every class
 * they manage or teach; learners the scheduled classes of their region and the ones they are in.
 */
@Component({
  selector: 'lib-training-browser',
  imports: [
    MatButtonModule,
    MatButtonToggleModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    MonthCalendar,
    ReactiveFormsModule,
    RouterLink,
    TrainingErrorMessage,
    TrainingStatusPill,
    TranslocoDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './training-browser.html',
  styleUrl: './training-browser.css',
})
export class TrainingBrowser {
  readonly audience = input<'staff' | 'learner'>('staff');
  /** Route of a class's page: `[...linkBase, id]`. */
  readonly linkBase = input.required<readonly string[]>();

  private readonly admin = inject(TrainingAdminService);
  private readonly learner = inject(LearnerTrainingService);
  private readonly language = inject(LanguageService);

  protected readonly statuses = STATUSES;
  protected readonly today = localToday();
  protected readonly view = signal<TrainingView>('list');
  protected readonly period = signal<TrainingPeriod>('upcoming');
  protected readonly status = signal<TrainingStatus | null>(null);
  protected readonly month = signal(yearMonthOf(this.today));
  protected readonly searchControl = new FormControl('', { nonNullable: true });
  private readonly search = toSignal(
    this.searchControl.valueChanges.pipe(
      debounceTime(300),
      map((value) => value.trim()),
      distinctUntilChanged(),
    ),
    { initialValue: '' },
  );

  private readonly query = computed(() =>
    trainingQuery({
      view: this.view(),
      period: this.period(),
      month: this.month(),
      search: this.search(),
      status: this.status(),
      today: this.today,
    }),
  );
  protected readonly firstPage = rxResource({
    params: () => this.query(),
    stream: ({ params }) => this.load(params),
  });
  /** Pages fetched with "load more"; a new query starts over. */
  private readonly morePages = linkedSignal<TrainingQuery, Page[]>({
    source: this.query,
    computation: () => [],
  });
  protected readonly loadingMore = signal(false);
  protected readonly moreError = signal<ApiErrorInfo | null>(null);

  private readonly pages = computed<Page[]>(() =>
    this.firstPage.hasValue() ? [this.firstPage.value(), ...this.morePages()] : [],
  );
  protected readonly total = computed(() => this.pages()[0]?.totalCount ?? 0);
  protected readonly hasMore = computed(() => this.pages().at(-1)?.pageInfo.hasNextPage ?? false);
  protected readonly error = computed(() => {
    const error = this.firstPage.error();
    return error ? apiErrorInfo(error) : this.moreError();
  });
  protected readonly rows = computed(() => {
    const lang = this.language.lang();
    return this.pages()
      .flatMap((page) => page.edges.map((edge) => edge.node))
      .map((training) => ({
        training,
        dates: formatDayRange(training.startDate, training.endDate, lang),
        zone: zoneLabel(training.timeZone),
        link: [...this.linkBase(), training.id],
      }));
  });
  protected readonly entries = computed(() =>
    this.rows().map(({ training }) => ({
      id: training.id,
      title: training.title,
      startDate: training.startDate,
      endDate: training.endDate,
      status: training.status,
    })),
  );

  protected async loadMore(): Promise<void> {
    const cursor = this.pages().at(-1)?.pageInfo.endCursor;
    if (!cursor || this.loadingMore()) return;
    this.loadingMore.set(true);
    this.moreError.set(null);
    const query = this.query();
    try {
      const page = await new Promise<Page>((resolve, reject) =>
        this.load({ ...query, after: cursor }).subscribe({ next: resolve, error: reject }),
      );
      if (this.query() === query) this.morePages.update((pages) => [...pages, page]);
    } catch (error) {
      this.moreError.set(apiErrorInfo(error));
    } finally {
      this.loadingMore.set(false);
    }
  }

  private load(query: TrainingQuery): Observable<Page> {
    if (this.audience() === 'learner') {
      const { status: _status, ...variables } = query;
      return this.learner.available(variables);
    }
    return this.admin.list(query);
  }
}
