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
import { MatAutocompleteModule } from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MatChipsModule } from '@angular/material/chips';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { TranslocoDirective, TranslocoPipe } from '@jsverse/transloco';
import { isRole, type Lang, roleLabel } from '@lms/shared/domain';
import {
  type ApiErrorInfo,
  apiErrorInfo,
  type AuditEventFilter,
  LanguageService,
} from '@lms/web/core';
import { PageHeader } from '@lms/web/ui';
import { catchError, debounceTime, map, of, startWith, switchMap } from 'rxjs';

import {
  type AuditEventNode,
  type AuditEventPage,
  type AuditEventRequest,
  AuditTrailService,
} from '../data-access/audit-trail.service';
import {
  auditFilter,
  type AuditFilterForm,
  EMPTY_FILTER,
  KNOWN_ACTIONS,
  KNOWN_ENTITY_TYPES,
  summaryText,
} from './audit-filter';
import { currentCursor, FIRST_PAGE, popCursor, pushCursor } from './cursor-stack';

/** Typing pauses this long before the trail is read again. */
export const FILTER_DEBOUNCE_MS = 300;
export const AUDIT_PAGE_SIZES = [20, 50, 100] as const;

interface PageResult {
  request: AuditEventRequest;
  page: AuditEventPage | null;
  error: ApiErrorInfo | null;
}

interface ActorFilter {
  id: string;
  name: string;
}

function localeOf(lang: Lang): string {
  return lang === 'en' ? 'en-GB' : 'id-ID';
}

/** The ADMIN's view of the audit trail: filterable, newest first, paged by cursor. */
@Component({
  selector: 'lib-audit-trail-page',
  imports: [
    MatAutocompleteModule,
    MatButtonModule,
    MatChipsModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    MatTableModule,
    PageHeader,
    ReactiveFormsModule,
    TranslocoDirective,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './audit-trail-page.html',
  styleUrl: './audit-trail-page.css',
})
export class AuditTrailPage {
  private readonly audit = inject(AuditTrailService);
  private readonly language = inject(LanguageService);

  protected readonly columns = [
    'time',
    'actor',
    'action',
    'entity',
    'region',
    'request',
    'details',
  ];
  protected readonly pageSizes = AUDIT_PAGE_SIZES;

  protected readonly actionControl = new FormControl('', { nonNullable: true });
  protected readonly entityTypeControl = new FormControl('', { nonNullable: true });
  private readonly action = this.typed(this.actionControl);
  private readonly entityType = this.typed(this.entityTypeControl);
  protected readonly actionOptions = computed(() => suggestions(KNOWN_ACTIONS, this.action()));
  protected readonly entityTypeOptions = computed(() =>
    suggestions(KNOWN_ENTITY_TYPES, this.entityType()),
  );
  protected readonly regionId = signal<string | null>(null);
  protected readonly from = signal('');
  protected readonly to = signal('');
  protected readonly actor = signal<ActorFilter | null>(null);
  protected readonly pageSize = signal<number>(AUDIT_PAGE_SIZES[0]);

  private readonly form = computed<AuditFilterForm>(() => ({
    ...EMPTY_FILTER,
    action: this.action(),
    entityType: this.entityType(),
    regionId: this.regionId(),
    from: this.from(),
    to: this.to(),
    actorId: this.actor()?.id ?? null,
  }));
  private readonly checked = computed(() => auditFilter(this.form()));
  protected readonly problems = computed(() => {
    const checked = this.checked();
    return new Set(checked.ok ? [] : checked.problems);
  });

  /** The last valid filter: a half-typed action keeps the list as it was. */
  private readonly filter = linkedSignal<AuditEventFilter | null, AuditEventFilter>({
    source: () => {
      const checked = this.checked();
      return checked.ok ? checked.filter : null;
    },
    computation: (next, previous) => next ?? previous?.value ?? {},
    equal: (a, b) => JSON.stringify(a) === JSON.stringify(b),
  });
  private readonly paging = computed(() => ({ filter: this.filter(), first: this.pageSize() }));
  private readonly cursors = linkedSignal({ source: this.paging, computation: () => FIRST_PAGE });
  private readonly request = computed<AuditEventRequest>(() => ({
    ...this.paging(),
    after: currentCursor(this.cursors()),
  }));

  private readonly result = toSignal(
    toObservable(this.request).pipe(
      switchMap((request) =>
        this.audit.page(request).pipe(
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
  protected readonly page = linkedSignal<PageResult | undefined, AuditEventPage | null>({
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

  protected readonly regions = toSignal(this.audit.regions().pipe(catchError(() => of([]))), {
    initialValue: [],
  });
  private readonly regionNames = computed(
    () => new Map(this.regions().map((region) => [region.id, region.name])),
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

  protected filterByActor(event: AuditEventNode): void {
    if (event.actorId) {
      this.actor.set({ id: event.actorId, name: event.actorUsername ?? event.actorId });
    }
  }

  protected reset(): void {
    this.actionControl.setValue('');
    this.entityTypeControl.setValue('');
    this.regionId.set(null);
    this.from.set('');
    this.to.set('');
    this.actor.set(null);
  }

  protected dateInput(target: EventTarget | null): string {
    return (target as HTMLInputElement | null)?.value ?? '';
  }

  protected time(iso: string): string {
    return new Intl.DateTimeFormat(localeOf(this.language.lang()), {
      dateStyle: 'medium',
      timeStyle: 'medium',
    }).format(new Date(iso));
  }

  protected roles(roles: readonly string[]): string {
    return roles
      .map((role) => (isRole(role) ? roleLabel(role, this.language.lang()) : role))
      .join(', ');
  }

  protected regionName(id: string | null): string | null {
    return id ? (this.regionNames().get(id) ?? id) : null;
  }

  protected details(summary: string): string | null {
    return summaryText(summary);
  }

  /** A signal of a text field's value, trimmed, after typing pauses. */
  private typed(control: FormControl<string>) {
    return toSignal(
      control.valueChanges.pipe(
        debounceTime(FILTER_DEBOUNCE_MS),
        startWith(control.value),
        map((value) => value.trim()),
      ),
      { initialValue: '' },
    );
  }
}

/** The known names that contain what was typed (all of them for an empty field). */
export function suggestions(names: readonly string[], typed: string): readonly string[] {
  const needle = typed.trim().toLowerCase();
  return needle ? names.filter((name) => name.toLowerCase().includes(needle)) : names;
}
