import { DOCUMENT } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  linkedSignal,
  signal,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import { type ApiErrorInfo, apiErrorInfo, LanguageService } from '@lms/web/core';
import { of } from 'rxjs';

import { AttendanceService } from '../data-access/attendance.service';
import { TrainingContext } from '../detail/training-context';
import { TrainingErrorMessage } from '../shared/api-error-message';
import { formatDay, formatTime, todayIn, zoneLabel } from '../shared/training-format';
import { attendanceChanges, checkInUrl, defaultDay, presentOn } from './attendance-model';
import { QrCode } from './qr-code';

/**
 * The attendance sheet of one day: tick who is present and save (only the changes are sent, and
 * the API audits each), beside the day's check-in code and its QR code for the room's screen.
 */
@Component({
  selector: 'lib-attendance-page',
  imports: [
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatIconModule,
    MatProgressBarModule,
    MatSelectModule,
    QrCode,
    TrainingErrorMessage,
    TranslocoDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './attendance-page.html',
  styleUrl: './attendance-page.css',
})
export class AttendancePage {
  private readonly context = inject(TrainingContext);
  private readonly attendance = inject(AttendanceService);
  private readonly language = inject(LanguageService);
  private readonly transloco = inject(TranslocoService);
  private readonly document = inject(DOCUMENT);

  protected readonly sheet = rxResource({
    params: () => this.context.id() ?? undefined,
    stream: ({ params }) => (params ? this.attendance.sheet(params) : of(null)),
  });
  private readonly data = computed(() => (this.sheet.hasValue() ? this.sheet.value() : null));
  protected readonly loadError = computed(() => {
    const error = this.sheet.error();
    return error ? apiErrorInfo(error) : null;
  });

  protected readonly today = computed(() => todayIn(this.data()?.timeZone ?? 'Asia/Jakarta'));
  protected readonly days = computed(() => {
    const data = this.data();
    const lang = this.language.lang();
    if (!data) return [];
    return data.sessions.map((s) => ({
      ...s,
      label: formatDay(s.date, lang, 'full'),
      hours: `${formatTime(s.startsAt, data.timeZone, lang)}–${formatTime(s.endsAt, data.timeZone, lang)} ${zoneLabel(data.timeZone)}`,
    }));
  });
  /** The chosen day; a reloaded sheet keeps it. */
  protected readonly selectedDate = linkedSignal<string[], string | null>({
    source: () => this.days().map((d) => d.date),
    computation: (dates, previous) =>
      previous?.value && dates.includes(previous.value)
        ? previous.value
        : defaultDay(dates, this.today()),
  });
  protected readonly day = computed(
    () => this.days().find((d) => d.date === this.selectedDate()) ?? null,
  );
  protected readonly participants = computed(() =>
    (this.data()?.enrollments ?? [])
      .filter(
        (e) => e.status === 'CONFIRMED' || e.status === 'COMPLETED' || e.status === 'NOT_COMPLETED',
      )
      .map((e) => ({ id: e.id, nip: e.employee.nip, fullName: e.employee.fullName }))
      .sort((a, b) => a.fullName.localeCompare(b.fullName, 'id')),
  );
  private readonly before = computed(() => presentOn(this.day() ?? undefined));
  /** The ticks on screen; choosing another day or reloading starts from what is recorded. */
  protected readonly ticked = linkedSignal<ReadonlySet<string>, Set<string>>({
    source: this.before,
    computation: (before) => new Set(before),
  });
  protected readonly changes = computed(() =>
    attendanceChanges(this.participants(), this.before(), this.ticked()),
  );
  protected readonly dirty = computed(
    () => this.changes().present.length + this.changes().absent.length > 0,
  );
  protected readonly editable = computed(() => {
    const day = this.selectedDate();
    return this.data()?.status === 'SCHEDULED' && !!day && day <= this.today();
  });
  protected readonly future = computed(() => {
    const day = this.selectedDate();
    return !!day && day > this.today();
  });
  protected readonly qrTarget = computed(() => {
    const day = this.day();
    const id = this.context.id();
    if (!day?.checkInCode || !id) return null;
    const origin = this.document.location?.origin ?? '';
    return checkInUrl(origin, id, day.checkInCode);
  });

  protected readonly saving = signal(false);
  protected readonly error = signal<ApiErrorInfo | null>(null);
  protected readonly notice = signal<string | null>(null);

  protected toggle(id: string, checked: boolean): void {
    this.ticked.update((set) => {
      const next = new Set(set);
      if (checked) next.add(id);
      else next.delete(id);
      return next;
    });
  }

  protected tickAll(on: boolean): void {
    this.ticked.set(new Set(on ? this.participants().map((p) => p.id) : []));
  }

  protected async save(): Promise<void> {
    const trainingId = this.context.id();
    const date = this.selectedDate();
    if (!trainingId || !date || this.saving() || !this.dirty()) return;
    const { present, absent } = this.changes();
    this.saving.set(true);
    this.error.set(null);
    this.notice.set(null);
    try {
      if (present.length) await this.attendance.record(trainingId, date, present, true);
      if (absent.length) await this.attendance.record(trainingId, date, absent, false);
      this.notice.set(
        this.transloco.translate('training.attendance.saved', {
          present: present.length,
          absent: absent.length,
          day: this.day()?.label ?? date,
        }),
      );
    } catch (error) {
      this.error.set(apiErrorInfo(error));
    } finally {
      this.saving.set(false);
      this.sheet.reload();
    }
  }
}
