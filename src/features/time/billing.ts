import { formatUnits, toUnits } from '@/lib/money';
import type { Grouping, RoundingMinutes } from './schema';

/**
 * How logged time becomes invoice lines (docs/decisions/0106-billing-time.md).
 * Pure and BigInt-only: no binary float anywhere between minutes and cents.
 *
 *  - rounding applies when billing, never to what was logged: each entry's
 *    minutes round UP to the workspace's increment (6 or 15 minutes; 0: none);
 *  - the rate is the entry's, else the client's, else the workspace default;
 *  - a line's quantity is its minutes in hours, half-up to three decimals (the
 *    invoice quantity's precision; exact for any 6- or 15-minute increment);
 *    its total is quantity × rate half-up to cents, exactly as invoices compute
 *    it (src/features/invoices/totals.ts).
 */

/** Minutes as billed: rounded up to the next multiple of `rounding` (0: unchanged). */
export function billedMinutes(minutes: number, rounding: RoundingMinutes): number {
  if (!Number.isInteger(minutes) || minutes < 0) throw new RangeError(`not a number of minutes: ${minutes}`);
  if (rounding === 0) return minutes;
  return Math.ceil(minutes / rounding) * rounding;
}

/** Minutes as hours with three decimals, half-up ("1.5", "0.333"), without trailing zeros. */
export function minutesToHours(minutes: number): string {
  if (!Number.isInteger(minutes) || minutes < 0) throw new RangeError(`not a number of minutes: ${minutes}`);
  // thousandths of an hour = minutes × 1000 / 60, half-up
  const scaled = BigInt(minutes) * 1000n;
  const thousandths = (scaled * 2n + 60n) / 120n;
  return formatUnits(thousandths, 3).replace(/\.?0+$/, '') || '0';
}

/** quantity (up to three decimals) × rate (cents), half-up to cents: the amount of one line. */
export function lineAmount(hours: string, rate: string): string {
  const product = toUnits(hours, 3) * toUnits(rate, 2); // scale 5
  const negative = product < 0n;
  const abs = negative ? -product : product;
  const cents = (abs + 500n) / 1000n;
  return formatUnits(negative ? -cents : cents, 2);
}

/** The rate that applies: explicit > client override > workspace default; null when none is set. */
export function resolveRate(explicit: string | null, client: string | null, workspaceDefault: string | null): string | null {
  return explicit ?? client ?? workspaceDefault;
}

export interface BillableEntry {
  id: string;
  description: string;
  /** the calendar day it started, in the workspace's time zone */
  day: string;
  minutes: number;
  rate: string;
}

export interface TimeLine {
  description: string;
  /** hours, up to three decimals */
  quantity: string;
  unit_price: string;
  /** the entries this line bills */
  entry_ids: string[];
  minutes: number;
}

const MAX_LINE_TEXT = 2000;

function clip(text: string): string {
  return text.length <= MAX_LINE_TEXT ? text : `${text.slice(0, MAX_LINE_TEXT - 1)}…`;
}

/**
 * Invoice lines for `entries`, grouped by entry, day or description, one line
 * per group and rate, in the entries' order (oldest first). Rounding is
 * applied to each entry before grouping, so a line bills the same minutes
 * whatever the grouping.
 */
export function timeLines(entries: readonly BillableEntry[], grouping: Grouping, rounding: RoundingMinutes): TimeLine[] {
  const groups = new Map<string, { description: string; descriptions: string[]; rate: string; ids: string[]; minutes: number }>();
  for (const entry of entries) {
    const key =
      grouping === 'entry' ? entry.id : grouping === 'day' ? `${entry.day}\u0000${entry.rate}` : `${entry.description}\u0000${entry.rate}`;
    const label = grouping === 'description' ? entry.description : `${entry.day} · ${entry.description}`;
    const group = groups.get(key) ?? { description: label, descriptions: [], rate: entry.rate, ids: [], minutes: 0 };
    if (!group.descriptions.includes(entry.description)) group.descriptions.push(entry.description);
    group.ids.push(entry.id);
    group.minutes += billedMinutes(entry.minutes, rounding);
    groups.set(key, group);
  }
  return [...groups.values()]
    .filter((g) => g.minutes > 0)
    .map((g) => ({
      description: clip(grouping === 'day' ? `${g.description.split(' · ')[0]} · ${g.descriptions.join('; ')}` : g.description),
      quantity: minutesToHours(g.minutes),
      unit_price: g.rate,
      entry_ids: g.ids,
      minutes: g.minutes,
    }));
}

/** The sum of the lines' amounts (what the invoice's subtotal will be). */
export function linesTotal(lines: readonly Pick<TimeLine, 'quantity' | 'unit_price'>[]): string {
  return formatUnits(lines.reduce((sum, l) => sum + toUnits(lineAmount(l.quantity, l.unit_price)), 0n));
}
