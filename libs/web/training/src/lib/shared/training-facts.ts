import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoDirective } from '@jsverse/transloco';
import {
  LanguageService,
  type TrainingDetailFragment,
  type TrainingSummaryFragment,
} from '@lms/web/core';

import {
  formatDay,
  formatDayRange,
  formatMoment,
  formatNumber,
  formatPercent,
  formatTime,
  zoneLabel,
} from './training-format';

export type FactsTraining = TrainingSummaryFragment &
  Partial<
    Pick<
      TrainingDetailFragment,
      | 'sessions'
      | 'minAttendanceRate'
      | 'postTestRequired'
      | 'instructors'
      | 'agencyQuotas'
      | 'pendingApprovalCount'
    >
  >;

/** What a class is, when and where it meets, and how full it is, as a definition list. */
@Component({
  selector: 'lib-training-facts',
  imports: [MatIconModule, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './training-facts.html',
  styleUrl: './training-facts.css',
})
export class TrainingFacts {
  readonly training = input.required<FactsTraining>();
  readonly showSessions = input(false);

  private readonly language = inject(LanguageService);

  protected readonly view = computed(() => {
    const tr = this.training();
    const lang = this.language.lang();
    const zone = tr.timeZone;
    const sessions = (tr.sessions ?? []).map((s) => ({
      id: s.id,
      day: formatDay(s.date, lang, 'full'),
      hours: `${formatTime(s.startsAt, zone, lang)}–${formatTime(s.endsAt, zone, lang)}`,
    }));
    return {
      dates: formatDayRange(tr.startDate, tr.endDate, lang),
      zone: zoneLabel(zone),
      hours: sessions[0]?.hours ?? null,
      sessions,
      jp: formatNumber(tr.course.jp, lang),
      opens: tr.registrationOpensAt ? formatMoment(tr.registrationOpensAt, zone, lang) : null,
      closes: formatMoment(tr.registrationClosesAt, zone, lang),
      minAttendance:
        tr.minAttendanceRate !== undefined ? formatPercent(tr.minAttendanceRate, lang) : null,
    };
  });
}
