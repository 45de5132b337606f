import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { LanguageService } from '@lms/web/core';

import { dayToDate, formatDay, localeOf } from '../shared/training-format';
import { type CalendarEntry, monthGrid, shiftMonth, type YearMonth } from './month-grid';

/**
 * A month of classes as a grid of weeks. Each class is a link on every day it spans; the caption
 * names the month and the arrows move between months (the page loads that month's classes).
 */
@Component({
  selector: 'lib-month-calendar',
  imports: [MatButtonModule, MatIconModule, RouterLink, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './month-calendar.html',
  styleUrl: './month-calendar.css',
})
export class MonthCalendar {
  readonly month = input.required<YearMonth>();
  readonly entries = input<readonly CalendarEntry[]>([]);
  readonly today = input.required<string>();
  /** Where a class's link leads: `[...base, id]`. */
  readonly linkBase = input.required<readonly string[]>();
  readonly monthChange = output<YearMonth>();

  private readonly language = inject(LanguageService);

  protected readonly weeks = computed(() => monthGrid(this.month(), this.entries(), this.today()));
  protected readonly caption = computed(() => {
    const { year, month } = this.month();
    return new Intl.DateTimeFormat(localeOf(this.language.lang()), {
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(new Date(Date.UTC(year, month - 1, 1)));
  });
  /** Monday first, in the UI language: 2024-01-01 was a Monday. */
  protected readonly weekdays = computed(() => {
    const locale = localeOf(this.language.lang());
    return Array.from({ length: 7 }, (_, i) => {
      const date = new Date(Date.UTC(2024, 0, 1 + i));
      return {
        short: new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' }).format(date),
        long: new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(date),
      };
    });
  });

  protected dayLabel(day: string): string {
    return formatDay(day, this.language.lang(), 'full');
  }

  protected isWeekend(day: string): boolean {
    const weekday = dayToDate(day).getUTCDay();
    return weekday === 0 || weekday === 6;
  }

  protected move(delta: number): void {
    this.monthChange.emit(shiftMonth(this.month(), delta));
  }

  protected link(id: string): string[] {
    return [...this.linkBase(), id];
  }
}
