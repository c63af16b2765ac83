import * as rrule from 'rrule';
import type { Options } from 'rrule';

// rrule ships CommonJS for Node and ESM for bundlers: under plain Node ESM (tsx scripts) its named
// exports are only on `default` (a known packaging issue of the package), so take RRule from either.
const RRule: typeof rrule.RRule = rrule.RRule ?? (rrule as unknown as { default: typeof rrule }).default.RRule;

/**
 * The dates of a recurring profile (docs/decisions/0117-recurring-invoices.md),
 * as calendar dates (YYYY-MM-DD) with no time and no zone: "today" is decided
 * by the caller in the workspace's time zone.
 *
 * Expressed as RFC 5545 rules with the `rrule` package. A monthly, quarterly or
 * yearly profile that starts on the 29th, 30th or 31st falls on the last day
 * of shorter months (Jan 31 → Feb 28, or 29 in a leap year → Mar 31): the rule
 * takes the last of the days 28…start day that the month has
 * (BYMONTHDAY=28,…,31;BYSETPOS=-1), so every period keeps the start day where
 * it exists. A yearly profile from Feb 29 falls on Feb 28 in common years.
 */

export const FREQUENCIES = ['weekly', 'biweekly', 'monthly', 'quarterly', 'yearly'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

export interface Schedule {
  frequency: Frequency;
  start_date: string;
  end_date?: string | null;
  /** the schedule ends after this many invoices */
  occurrences?: number | null;
}

/** Where a profile stands: what it made, and what a resume skipped. */
export interface ScheduleState {
  last_period?: string | null;
  generated_count?: number;
  skip_before?: string | null;
}

function toDate(day: string): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

function toDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function rule(schedule: Schedule): rrule.RRule {
  const start = toDate(schedule.start_date);
  const day = start.getUTCDate();
  // the start day where the month has it, else the month's last day
  const monthDay: Partial<Options> =
    day > 28 ? { bymonthday: Array.from({ length: day - 27 }, (_, k) => 28 + k), bysetpos: [-1] } : { bymonthday: [day] };
  const base: Partial<Options> = { dtstart: start, until: schedule.end_date ? toDate(schedule.end_date) : null };
  switch (schedule.frequency) {
    case 'weekly':
      return new RRule({ ...base, freq: RRule.WEEKLY, interval: 1 });
    case 'biweekly':
      return new RRule({ ...base, freq: RRule.WEEKLY, interval: 2 });
    case 'monthly':
      return new RRule({ ...base, freq: RRule.MONTHLY, interval: 1, ...monthDay });
    case 'quarterly':
      return new RRule({ ...base, freq: RRule.MONTHLY, interval: 3, ...monthDay });
    case 'yearly':
      return new RRule({ ...base, freq: RRule.YEARLY, interval: 1, bymonth: [start.getUTCMonth() + 1], ...monthDay });
  }
}

/** The schedule's dates on or after `from`, at most `limit` of them (the end date included). */
export function datesFrom(schedule: Schedule, from: string, limit: number): string[] {
  const r = rule(schedule);
  const out: string[] = [];
  let cursor: Date | null = r.after(toDate(from), true);
  while (cursor && out.length < limit) {
    out.push(toDay(cursor));
    cursor = r.after(cursor, false);
  }
  return out;
}

/**
 * The next periods to invoice (up to `limit`): after the last one made, not
 * before a resume's skip date, within the end date and the number of
 * occurrences. Empty: the schedule has ended.
 */
export function upcomingDates(schedule: Schedule, state: ScheduleState, limit: number): string[] {
  const left = schedule.occurrences ? schedule.occurrences - (state.generated_count ?? 0) : limit;
  if (left <= 0) return [];
  let from = schedule.start_date;
  if (state.last_period && addOneDay(state.last_period) > from) from = addOneDay(state.last_period);
  if (state.skip_before && state.skip_before > from) from = state.skip_before;
  return datesFrom(schedule, from, Math.min(limit, left));
}

/** The next period's date, or null when the schedule has ended. */
export function nextDate(schedule: Schedule, state: ScheduleState): string | null {
  return upcomingDates(schedule, state, 1)[0] ?? null;
}

function addOneDay(day: string): string {
  const date = toDate(day);
  date.setUTCDate(date.getUTCDate() + 1);
  return toDay(date);
}
