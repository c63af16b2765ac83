import { compareMoney, formatMoney, percentChange, subtractMoney } from '@/lib/money';
import { type DateRange, daysToCome, endOfMonth, type Interval, presetLabel, presetOf, startOfMonth } from '../periods';

/** Display helpers of the dashboard (server and browser alike; calendar dates carry no time zone). */

const utc = (date: string) => new Date(`${date}T00:00:00Z`);

/** Money with a real minus sign (−), exact: the string is formatted, never converted to a float. */
export function signedMoney(value: string, currency: string, locale: string): string {
  return value.startsWith('-') ? `−${formatMoney(value.slice(1), currency, locale)}` : formatMoney(value, currency, locale);
}

/**
 * A period as an axis shows it ("Dec", "Nov 24", "28"), or in full ("December 2025", "Nov 24 – 30, 2025").
 * A month the range cuts short says which days it holds ("Dec 7 – 31", "Dec 7 – 31, 2025").
 */
export function periodLabel({ start, end }: { start: string; end: string }, interval: Interval, locale: string, full = false): string {
  const format = (date: string, options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...options }).format(utc(date));
  if (interval === 'month') {
    if (start !== startOfMonth(start) || end !== endOfMonth(start)) {
      const options: Intl.DateTimeFormatOptions = full ? { dateStyle: 'medium' } : { month: 'short', day: 'numeric' };
      const formatter = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...options });
      return start === end ? formatter.format(utc(start)) : formatter.formatRange(utc(start), utc(end));
    }
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

/**
 * What the figures cover, in words: the preset's name when the range is one
 * ("Last 12 months"), the exact dates, and the days still to come when the
 * range reaches past today (a period never includes the future unsaid).
 */
export function periodDescription(
  range: DateRange,
  today: string,
  locale: string,
): { name: string | null; dates: string; future: string | null } {
  const preset = presetOf(range, today);
  const ahead = daysToCome(range, today);
  const total = ahead > 0 && range.from > today;
  return {
    name: preset ? presetLabel(preset) : null,
    dates: rangeLabel(range, locale),
    future: ahead === 0 ? null : total ? 'all of it still to come' : `includes ${ahead} ${ahead === 1 ? 'day' : 'days'} still to come`,
  };
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

export type Flow = 'income' | 'expense' | 'net';

/** How a figure compares with the period before, in words: the coloured part and the rest of the sentence. */
export interface Comparison {
  direction: 'up' | 'down' | 'same';
  /** "Up 12.5 %", "Down $40.00", "New this period", "Unchanged" */
  headline: string;
  /** "from $80.00 in Nov 1 – 30, 2026", "— nothing in Nov 1 – 30, 2026" */
  detail: string;
}

/**
 * A figure against the period before, saying only what is true:
 *  - a percentage when the period before had something to compare with;
 *  - money in or out where the period before had none: new this period (a
 *    percentage of nothing means nothing);
 *  - a net that was exactly zero: up or down by the amount;
 *  - nothing in either period: nothing to compare.
 * `previousLabel` names the period before ("in Nov 1 – 30, 2026").
 */
export function comparison(
  flow: Flow,
  current: string,
  previous: string,
  { currency, locale, previousLabel }: { currency: string; locale: string; previousLabel: string },
): Comparison {
  const change = changeOf(current, previous);
  const money = (value: string) => signedMoney(value, currency, locale);
  const wasNothing = compareMoney(previous, '0.00') === 0;
  const isNothing = compareMoney(current, '0.00') === 0;
  const word = change.direction === 'up' ? 'Up' : 'Down';
  if (change.direction === 'same') {
    if (wasNothing && flow !== 'net') return { direction: 'same', headline: 'Nothing', detail: `this period or ${previousLabel}` };
    return { direction: 'same', headline: 'Unchanged', detail: `from ${money(previous)} ${previousLabel}` };
  }
  if (change.percent !== null)
    return { direction: change.direction, headline: `${word} ${change.percent}`, detail: `from ${money(previous)} ${previousLabel}` };
  if (flow !== 'net' && wasNothing && !isNothing) {
    return { direction: change.direction, headline: 'New this period', detail: `— nothing ${previousLabel}` };
  }
  // a net of exactly zero before: the change as an amount
  const difference = subtractMoney(current, previous).replace(/^-/, '');
  return { direction: change.direction, headline: `${word} ${money(difference)}`, detail: `from ${money(previous)} ${previousLabel}` };
}
