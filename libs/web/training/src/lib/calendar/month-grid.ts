import { addDays, dateToDay, dayToDate } from '../shared/training-format';

/** What the calendar shows of a class: it spans every day from `startDate` to `endDate`. */
export interface CalendarEntry {
  id: string;
  title: string;
  startDate: string;
  endDate: string;
  status: string;
}

export interface CalendarDay {
  date: string;
  dayOfMonth: number;
  inMonth: boolean;
  today: boolean;
  entries: CalendarEntry[];
}

export interface YearMonth {
  year: number;
  /** 1 = January. */
  month: number;
}

export function yearMonthOf(day: string): YearMonth {
  return { year: Number(day.slice(0, 4)), month: Number(day.slice(5, 7)) };
}

export function shiftMonth({ year, month }: YearMonth, delta: number): YearMonth {
  const index = year * 12 + (month - 1) + delta;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/**
 * The days the grid of a month shows: whole weeks from the Monday on or before the 1st to the
 * Sunday on or after the last day (Indonesian calendars start the week on Monday, Senin).
 */
export function monthRange({ year, month }: YearMonth): { from: string; to: string } {
  const first = new Date(Date.UTC(year, month - 1, 1));
  const last = new Date(Date.UTC(year, month, 0));
  const back = (first.getUTCDay() + 6) % 7;
  const forward = (7 - last.getUTCDay()) % 7;
  return { from: addDays(dateToDay(first), -back), to: addDays(dateToDay(last), forward) };
}

/** The month as weeks of days, each day listing the classes held on it (longest first). */
export function monthGrid(
  ym: YearMonth,
  entries: readonly CalendarEntry[],
  today: string,
): CalendarDay[][] {
  const { from, to } = monthRange(ym);
  const sorted = [...entries].sort(
    (a, b) =>
      a.startDate.localeCompare(b.startDate) ||
      b.endDate.localeCompare(a.endDate) ||
      a.title.localeCompare(b.title),
  );
  const weeks: CalendarDay[][] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) {
    if (weeks.length === 0 || weeks[weeks.length - 1].length === 7) weeks.push([]);
    const date = dayToDate(day);
    weeks[weeks.length - 1].push({
      date: day,
      dayOfMonth: date.getUTCDate(),
      inMonth: date.getUTCMonth() + 1 === ym.month,
      today: day === today,
      entries: sorted.filter((e) => e.startDate <= day && day <= e.endDate),
    });
  }
  return weeks;
}
