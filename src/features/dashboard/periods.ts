import { addDays, daysBetween } from '@/lib/time';

/**
 * Calendar arithmetic of the dashboard's ranges, on `YYYY-MM-DD` strings (the
 * user's calendar dates; no time zone is involved once "today" is known).
 * Shared by the API (defaults, the previous period) and the period picker.
 */

export const INTERVALS = ['day', 'week', 'month'] as const;
export type Interval = (typeof INTERVALS)[number];

/** The longest range the API answers: `to` must come before `from` + 3 years. */
export const MAX_RANGE_YEARS = 3;

export interface DateRange {
  from: string;
  to: string;
}

function split(date: string): [number, number, number] {
  return date.split('-').map(Number) as [number, number, number];
}

function fromUtc(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The first day of the date's month. */
export function startOfMonth(date: string): string {
  return `${date.slice(0, 7)}-01`;
}

/** The last day of the date's month. */
export function endOfMonth(date: string): string {
  const [y, m] = split(date);
  return fromUtc(Date.UTC(y, m, 0));
}

/** The first day of the month `months` months after the date's month. */
export function addMonths(date: string, months: number): string {
  const [y, m] = split(date);
  return fromUtc(Date.UTC(y, m - 1 + months, 1));
}

/** The same day `months` months later (or earlier), kept inside the month: 31 March − 1 month = 28 February. */
export function shiftMonths(date: string, months: number): string {
  const [y, m, d] = split(date);
  const first = Date.UTC(y, m - 1 + months, 1);
  const last = new Date(Date.UTC(y, m + months, 0)).getUTCDate();
  return fromUtc(first + (Math.min(d, last) - 1) * 86_400_000);
}

/**
 * The `months` months that end on `today`, today included: from the day after
 * the same day `months` months earlier (Dec 7, 2025 – Dec 6, 2026 for 12 months
 * on Dec 6, 2026). On the last day of a month that is whole calendar months.
 */
export function monthsEndingOn(today: string, months: number): DateRange {
  return { from: addDays(shiftMonths(today, -months), 1), to: today };
}

/** The date `years` years later; 29 February becomes 1 March in a common year. */
export function addYears(date: string, years: number): string {
  const [y, m, d] = split(date);
  return fromUtc(Date.UTC(y + years, m - 1, d));
}

/** True when the range starts on the first of a month and ends on the last day of one. */
export function isWholeMonths({ from, to }: DateRange): boolean {
  return from === startOfMonth(from) && to === endOfMonth(to);
}

/** Calendar months a whole-month range covers. */
function monthCount({ from, to }: DateRange): number {
  const [fy, fm] = split(from);
  const [ty, tm] = split(to);
  return (ty - fy) * 12 + (tm - fm) + 1;
}

/**
 * The same length of time just before `from`: the same number of calendar
 * months when the range is whole months (November → October, a quarter → the
 * quarter before), otherwise the same number of days.
 */
export function previousRange(range: DateRange): DateRange {
  const to = addDays(range.from, -1);
  if (isWholeMonths(range)) return { from: addMonths(range.from, -monthCount(range)), to };
  return { from: addDays(range.from, -(daysBetween(range.from, range.to) + 1)), to };
}

/**
 * The API's default range (docs/decisions/0052): the last 12 calendar months, the current
 * one included to its end. The dashboard page does not use it: it shows a
 * preset that stops at today (`PAGE_DEFAULT`).
 */
export function defaultRange(today: string): DateRange {
  return { from: addMonths(today, -11), to: endOfMonth(today) };
}

/** True when the range is longer than the API answers. */
export function exceedsMaxRange({ from, to }: DateRange): boolean {
  return to >= addYears(from, MAX_RANGE_YEARS);
}

/** Days a range covers, both ends included. */
export function rangeDays({ from, to }: DateRange): number {
  return daysBetween(from, to) + 1;
}

/** A readable interval for a range: days up to a month, weeks up to a quarter, then months. */
export function suggestedInterval(range: DateRange): Interval {
  const days = rangeDays(range);
  if (days <= 31) return 'day';
  if (days <= 92) return 'week';
  return 'month';
}

/**
 * The periods the dashboard offers, each named for exactly what it covers.
 * None reaches past today: "so far" says where a calendar period is cut
 * short, and "last N months" are the N months ending today.
 */
export const PRESETS = [
  ['this-month', 'This month so far'],
  ['last-month', 'Last month'],
  ['last-3-months', 'Last 3 months'],
  ['last-12-months', 'Last 12 months'],
  ['year-to-date', 'This year so far'],
  ['last-year', 'Last year'],
] as const;
export type Preset = (typeof PRESETS)[number][0];

/** What the dashboard page shows when the URL names no period. */
export const PAGE_DEFAULT: Preset = 'last-12-months';

/** The range a preset stands for on a given day. */
export function presetRange(preset: Preset, today: string): DateRange {
  switch (preset) {
    case 'this-month':
      return { from: startOfMonth(today), to: today };
    case 'last-month': {
      const from = addMonths(today, -1);
      return { from, to: endOfMonth(from) };
    }
    case 'last-3-months':
      return monthsEndingOn(today, 3);
    case 'last-12-months':
      return monthsEndingOn(today, 12);
    case 'year-to-date':
      return { from: `${today.slice(0, 4)}-01-01`, to: today };
    case 'last-year': {
      const year = Number(today.slice(0, 4)) - 1;
      return { from: `${year}-01-01`, to: `${year}-12-31` };
    }
  }
}

/** The name of a preset. */
export function presetLabel(preset: Preset): string {
  return PRESETS.find(([value]) => value === preset)![1];
}

/** Days of the range after today (0 when it ends today or earlier). */
export function daysToCome({ from, to }: DateRange, today: string): number {
  if (to <= today) return 0;
  return daysBetween(from > today ? from : today, to) + (from > today ? 1 : 0);
}

/** The preset a range is, on that day, if any. */
export function presetOf(range: DateRange, today: string): Preset | null {
  for (const [preset] of PRESETS) {
    const candidate = presetRange(preset, today);
    if (candidate.from === range.from && candidate.to === range.to) return preset;
  }
  return null;
}
