import { compareMoney, formatMoney, percentChange } from '@/lib/money';
import type { DateRange, Interval } from '../periods';

/** Display helpers of the dashboard (server and browser alike; calendar dates carry no time zone). */

const utc = (date: string) => new Date(`${date}T00:00:00Z`);

/** Money with a real minus sign (−), exact: the string is formatted, never converted to a float. */
export function signedMoney(value: string, currency: string, locale: string): string {
  return value.startsWith('-') ? `−${formatMoney(value.slice(1), currency, locale)}` : formatMoney(value, currency, locale);
}

/** A period as an axis shows it ("Dec", "Nov 24", "28"), or in full ("December 2025", "Week of Nov 24, 2025"). */
export function periodLabel({ start, end }: { start: string; end: string }, interval: Interval, locale: string, full = false): string {
  const format = (date: string, options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...options }).format(utc(date));
  if (interval === 'month') {
    return full ? format(start, { month: 'long', year: 'numeric' }) : format(start, { month: 'short' });
  }
  if (interval === 'week') {
    if (!full) return format(start, { month: 'short', day: 'numeric' });
    // "Nov 24 – 30, 2025"; a week clipped to one day is that day
    const formatter = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', dateStyle: 'medium' });
    return start === end ? formatter.format(utc(start)) : formatter.formatRange(utc(start), utc(end));
  }
  return full ? format(start, { dateStyle: 'full' }) : format(start, { day: 'numeric' });
}

/** A range in words: "Dec 1, 2025 – Nov 30, 2026". */
export function rangeLabel({ from, to }: DateRange, locale: string): string {
  const formatter = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  return from === to ? formatter.format(utc(from)) : formatter.formatRange(utc(from), utc(to));
}

export interface Change {
  direction: 'up' | 'down' | 'same';
  /** "12.5 %" or null when there was nothing before */
  percent: string | null;
}

/** How a figure moved from the period before (compared exactly; the percentage rounded to a tenth). */
export function changeOf(current: string, previous: string): Change {
  const order = compareMoney(current, previous);
  const percent = percentChange(current, previous);
  return {
    direction: order === 0 ? 'same' : order > 0 ? 'up' : 'down',
    percent: percent === null ? null : `${percent.replace('-', '')} %`,
  };
}
