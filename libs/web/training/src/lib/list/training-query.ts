import type { TrainingStatus } from '@lms/web/core';

import { monthRange, type YearMonth } from '../calendar/month-grid';
import { addDays } from '../shared/training-format';

export type TrainingPeriod = 'upcoming' | 'past' | 'all';
export type TrainingView = 'list' | 'calendar';

/** What the Bimtek list asks the API for; the same variables serve staff and learners. */
export interface TrainingQuery {
  first: number;
  after?: string | null;
  from: string | null;
  to: string | null;
  search: string | null;
  status: TrainingStatus | null;
}

export const LIST_PAGE_SIZE = 20;
/** The API caps a page at 100; a month rarely holds more classes than that. */
export const CALENDAR_PAGE_SIZE = 100;

/**
 * The list shows the classes with a day on or after today ("upcoming", running ones included),
 * before today ("past") or all; the calendar shows the classes with a day in the month's grid.
 */
export function trainingQuery(options: {
  view: TrainingView;
  period: TrainingPeriod;
  month: YearMonth;
  search: string;
  status: TrainingStatus | null;
  today: string;
}): TrainingQuery {
  const search = options.search.trim() || null;
  if (options.view === 'calendar') {
    const { from, to } = monthRange(options.month);
    return { first: CALENDAR_PAGE_SIZE, from, to, search, status: options.status };
  }
  return {
    first: LIST_PAGE_SIZE,
    from: options.period === 'upcoming' ? options.today : null,
    to: options.period === 'past' ? addDays(options.today, -1) : null,
    search,
    status: options.status,
  };
}

/** Today on this device's calendar, which is what a person means by "upcoming". */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
