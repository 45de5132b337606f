import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DOCUMENT,
  inject,
  InjectionToken,
  linkedSignal,
  signal,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { TranslocoDirective, TranslocoPipe } from '@jsverse/transloco';
import { COMPETENCY_TYPES, competencyLabel, type Lang } from '@lms/shared/domain';
import {
  type ApiErrorInfo,
  apiErrorInfo,
  type CompetencyType,
  LanguageService,
} from '@lms/web/core';
import { PageHeader } from '@lms/web/ui';
import { catchError, map, of, switchMap } from 'rxjs';

import { rateSummary, type SummaryLine, trendSummary } from '../charts/chart-summary';
import { IndicatorChart } from '../charts/indicator-chart';
import {
  type ChartFormat,
  horizontalChartHeight,
  rateBarOption,
  trendOption,
} from '../charts/indicator-chart-options';
import { openDataCsvPath, openDataMetadataPath, siasnCsvPath } from '../data-access/export-paths';
import { DownloadError, FileSaver } from '../data-access/file-saver.service';
import {
  type DashboardFilter,
  type IndicatorDashboard,
  IndicatorDashboardService,
} from '../data-access/indicator-dashboard.service';
import { fill, indicatorsText, lookup } from '../i18n/indicators-text';
import { INDICATOR_POLL_INTERVAL_MS, pollVersion, versionChanges } from '../live/live-version';
import { pageVisible } from '../live/page-visibility';
import { agencyName, agencyOptionGroups } from '../shared/agency-options';
import { csvFilename, toCsv } from '../shared/csv';
import { formatCount, formatJp, formatMonth, formatPercent, formatTime } from '../shared/format';
import { offeredYears } from '../shared/years';
import { byGradeOrder, totalsOf } from './dashboard-view';
import { INDICATOR_CSV_COLUMNS, TREND_CSV_COLUMNS } from './indicator-csv';
import { IndicatorTable } from './indicator-table';
import { TrendTable } from './trend-table';

/** How often the page asks whether its numbers changed; tests shorten it. */
export const INDICATOR_POLL_INTERVAL = new InjectionToken<number>('INDICATOR_POLL_INTERVAL', {
  providedIn: 'root',
  factory: () => INDICATOR_POLL_INTERVAL_MS,
});

interface DashboardRequest {
  filter: DashboardFilter;
  lang: Lang;
  /** Moves when the live version changed: the same filter is read again. */
  refresh: number;
}

interface DashboardResult {
  request: DashboardRequest;
  data: IndicatorDashboard | null;
  error: ApiErrorInfo | null;
  at: Date;
}

type TableName = 'agency' | 'competency' | 'grade';

/** The HR bureau's dashboard: literacy and 20-JP compliance by agency, competency, grade, month. */
@Component({
  selector: 'lib-indicator-dashboard-page',
  imports: [
    IndicatorChart,
    IndicatorTable,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatIconModule,
    MatProgressBarModule,
    MatSelectModule,
    PageHeader,
    RouterLink,
    TranslocoDirective,
    TranslocoPipe,
    TrendTable,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './indicator-dashboard-page.html',
  styleUrl: './indicator-dashboard-page.css',
})
export class IndicatorDashboardPage {
  private readonly service = inject(IndicatorDashboardService);
  private readonly saver = inject(FileSaver);
  private readonly language = inject(LanguageService);

  protected readonly years = offeredYears();
  protected readonly currentYear = this.years[0];
  protected readonly competencies = COMPETENCY_TYPES;

  protected readonly year = signal<number | null>(this.currentYear);
  protected readonly agencyId = signal<string | null>(null);
  protected readonly competency = signal<CompetencyType | null>(null);

  private readonly filter = computed<DashboardFilter>(() => ({
    year: this.year(),
    agencyId: this.agencyId(),
    competency: this.competency(),
  }));

  private readonly refresh = toSignal(
    versionChanges(
      pollVersion(
        () => this.service.version(),
        pageVisible(inject(DOCUMENT)),
        inject(INDICATOR_POLL_INTERVAL),
      ),
    ),
    { initialValue: 0 },
  );

  private readonly request = computed<DashboardRequest>(() => ({
    filter: this.filter(),
    lang: this.language.lang(),
    refresh: this.refresh(),
  }));

  private readonly result = toSignal(
    toObservable(this.request).pipe(
      switchMap((request) =>
        this.service.dashboard(request.filter, this.currentYear).pipe(
          map((data): DashboardResult => ({ request, data, error: null, at: new Date() })),
          catchError((error: unknown) =>
            of<DashboardResult>({
              request,
              data: null,
              error: apiErrorInfo(error),
              at: new Date(),
            }),
          ),
        ),
      ),
    ),
  );

  /** Dimmed only for a new filter; a live refresh swaps the numbers without a flash. */
  protected readonly loading = computed(() => {
    const result = this.result();
    return !result || result.request.filter !== this.request().filter;
  });
  protected readonly error = computed(() => this.result()?.error ?? null);
  /** The last numbers stay on screen while the next ones load, and after a failed refresh. */
  protected readonly data = linkedSignal<DashboardResult | undefined, IndicatorDashboard | null>({
    source: this.result,
    computation: (result, previous) => result?.data ?? previous?.value ?? null,
  });
  protected readonly updatedAt = computed(() => {
    const result = this.result();
    return result?.data ? formatTime(result.at, this.language.lang()) : null;
  });

  protected readonly agencyGroups = toSignal(
    this.service.agencies().pipe(
      map(agencyOptionGroups),
      catchError(() => of([])),
    ),
    { initialValue: [] },
  );

  private readonly text = computed(() => indicatorsText(this.language.lang()));
  private readonly format = computed<ChartFormat>(() => {
    const lang = this.language.lang();
    return {
      percent: (share) => formatPercent(share, lang),
      jp: (value) => formatJp(value, lang),
      month: (period) => formatMonth(period, lang),
    };
  });

  protected readonly totals = computed(() => totalsOf(this.data()?.totals ?? []));
  protected readonly kpi = computed(() => {
    const totals = this.totals();
    const lang = this.language.lang();
    return {
      headcount: formatCount(totals.headcount, lang),
      literacy: formatPercent(totals.literacyRate, lang),
      literate: formatCount(totals.literate, lang),
      compliance: formatPercent(totals.complianceRate, lang),
      compliant: formatCount(totals.compliant, lang),
      totalJp: formatJp(totals.totalJp, lang),
      averageJp: formatJp(totals.averageJp, lang),
    };
  });

  protected readonly agencyRows = computed(() => this.data()?.byAgency ?? []);
  protected readonly competencyRows = computed(() => this.data()?.byCompetency ?? []);
  protected readonly gradeRows = computed(() => byGradeOrder(this.data()?.byGrade ?? []));
  protected readonly trend = computed(() => this.data()?.trend ?? []);
  protected readonly trendYear = computed(() => this.year() ?? this.currentYear);

  private readonly seriesLabels = computed(() => ({
    literacy: this.text().series.literacy,
    compliance: this.text().series.compliance,
  }));

  protected readonly agencyChart = computed(() => {
    const rows = this.agencyRows();
    const names = rows.map((row) => row.label);
    return {
      option: rateBarOption(rows, names, this.seriesLabels(), this.format(), true),
      height: horizontalChartHeight(rows.length),
      summary: this.sentences(rateSummary(rows, names, this.format())),
    };
  });

  protected readonly competencyChart = computed(() => {
    const rows = this.competencyRows();
    const names = rows.map((row) => row.label);
    return {
      option: rateBarOption(rows, names, this.seriesLabels(), this.format(), false),
      summary: this.sentences(rateSummary(rows, names, this.format())),
    };
  });

  protected readonly gradeChart = computed(() => {
    const rows = this.gradeRows();
    const names = rows.map((row) => row.key);
    return {
      option: rateBarOption(rows, names, this.seriesLabels(), this.format(), false),
      summary: this.sentences(rateSummary(rows, names, this.format())),
    };
  });

  protected readonly trendChart = computed(() => {
    const series = this.text().series;
    return {
      option: trendOption(
        this.trend(),
        { compliance: series.trendCompliance, trained: series.trendTrained, jp: series.trendJp },
        this.format(),
      ),
      summary: this.sentences(trendSummary(this.trend(), this.format())),
      label: fill(this.text().dashboard.trendChart, { year: this.trendYear() }),
    };
  });

  protected readonly siasnScope = computed(() => {
    const dashboard = this.text().dashboard;
    const year = this.year();
    return fill(dashboard.siasnHint, {
      scope: year === null ? dashboard.siasnAllYears : fill(dashboard.siasnYear, { year }),
    });
  });

  protected readonly downloadProblem = signal<string | null>(null);

  protected competencyName(value: CompetencyType): string {
    return competencyLabel(value, this.language.lang());
  }

  protected downloadTable(table: TableName): void {
    const rows =
      table === 'agency'
        ? this.agencyRows()
        : table === 'competency'
          ? this.competencyRows()
          : this.gradeRows();
    this.saver.saveText(this.filename(`indikator-${table}`), toCsv(INDICATOR_CSV_COLUMNS, rows));
  }

  protected downloadTrend(): void {
    this.saver.saveText(
      csvFilename('tren-bulanan', this.trendYear(), this.agencySlug(), this.competency()),
      toCsv(TREND_CSV_COLUMNS, this.trend()),
    );
  }

  protected async downloadExport(kind: 'openData' | 'metadata' | 'siasn'): Promise<void> {
    const year = this.trendYear();
    this.downloadProblem.set(null);
    try {
      if (kind === 'openData') {
        await this.saver.download(openDataCsvPath(year), `data-terbuka-${year}.csv`);
      } else if (kind === 'metadata') {
        await this.saver.download(openDataMetadataPath(year), `metadata-${year}.json`);
      } else {
        await this.saver.download(
          siasnCsvPath({ year: this.year(), agencyId: this.agencyId() }),
          csvFilename('siasn-riwayat-kursus', this.year()),
        );
      }
    } catch (error: unknown) {
      this.downloadProblem.set(error instanceof DownloadError ? error.problem : 'NETWORK');
    }
  }

  private filename(base: string): string {
    return csvFilename(base, this.year() ?? 'semua-tahun', this.agencySlug(), this.competency());
  }

  private agencySlug(): string | null {
    return agencyName(this.agencyGroups(), this.agencyId());
  }

  private sentences(lines: readonly SummaryLine[]): string {
    const text = this.text();
    return lines.map((line) => fill(lookup(text, line.key), line.params)).join(' ');
  }
}
