import { CONTACT_STATUSES, type ContactStatus } from '@/features/contacts/schema';
import { EFFECTIVE_STATUSES, type EffectiveStatus } from '@/features/invoices/schema';
import { openQuoteTotals } from '@/features/quotes/service';
import { TASK_STATUSES, type TaskStatus } from '@/features/tasks/schema';
import type { Workspace } from '@/lib/auth/workspace';
import type { Database } from '@/lib/db';
import { safeTimeZone, todayIn } from '@/lib/time';
import { type FinancialRows, selectFinancial, selectStats, type StatsRows } from './queries';
import { type DateRange, defaultRange, endOfMonth, type Interval, previousRange, startOfMonth } from './periods';
import {
  AGING_BUCKETS,
  type CountAmount,
  type Financial,
  type FinancialFigures,
  type FinancialQuery,
  type InvoiceFigures,
  type MoneyFlow,
  type Stats,
  TOP_CLIENTS,
} from './schema';

/**
 * The dashboard: where the money and the work stand, for the API, the page
 * and the assistant. Every figure is computed by PostgreSQL in one statement
 * per answer; this service picks the dates (the account's calendar) and
 * reshapes the rows per currency. It does no arithmetic on money.
 */

export type DashboardOwner = Pick<Workspace, 'id' | 'currency' | 'time_zone'>;

const ZERO = '0.00';
const zeroFlow = (): MoneyFlow => ({ income: ZERO, expense: ZERO, net: ZERO });
const zeroCount = (): CountAmount => ({ count: 0, amount: ZERO });

/** The account's calendar date (its time zone; an unknown zone counts as UTC). */
export function dashboardToday(owner: Pick<Workspace, 'time_zone'>, now = new Date()): string {
  return todayIn(safeTimeZone(owner.time_zone), now);
}

export interface ResolvedRange extends DateRange {
  interval: Interval;
  previous: DateRange;
}

/** The range a query asks for (default: the last 12 calendar months, by month) and the one before it. */
export function resolveRange(query: Partial<FinancialQuery>, today: string): ResolvedRange {
  const range = query.from && query.to ? { from: query.from, to: query.to } : defaultRange(today);
  return { ...range, interval: query.interval ?? 'month', previous: previousRange(range) };
}

function figuresFor(rows: FinancialRows, currency: string, previous: DateRange): FinancialFigures {
  const totals = rows.totals.find((t) => t.currency === currency);
  const mine = <T extends { currency: string }>(list: T[]) => list.filter((r) => r.currency === currency);
  const drop = <T extends { currency: string }>({ currency: _currency, ...rest }: T) => rest;
  return {
    totals: totals ? { income: totals.income, expense: totals.expense, net: totals.net } : zeroFlow(),
    previous: {
      ...previous,
      ...(totals ? { income: totals.previous_income, expense: totals.previous_expense, net: totals.previous_net } : zeroFlow()),
    },
    periods: mine(rows.periods).map(drop),
    by_category: mine(rows.by_category).map(drop),
    aging: AGING_BUCKETS.map((bucket) => {
      const found = mine(rows.aging).find((a) => a.bucket === bucket);
      return { bucket, count: found?.count ?? 0, amount: found?.amount ?? ZERO };
    }),
    top_clients: mine(rows.top_clients).map(drop),
  };
}

/**
 * `GET /api/dashboard/financial`: money in and out over a range, the period
 * before it, per period (zero-filled), by category, receivables aging as of
 * today and the clients who paid most, per currency.
 */
export async function getFinancial(
  tx: Database,
  owner: DashboardOwner,
  query: Partial<FinancialQuery> = {},
  now = new Date(),
): Promise<Financial> {
  const today = dashboardToday(owner, now);
  const range = resolveRange(query, today);
  const rows = await selectFinancial(tx, {
    workspaceId: owner.id,
    currency: owner.currency,
    from: range.from,
    to: range.to,
    previousFrom: range.previous.from,
    previousTo: range.previous.to,
    interval: range.interval,
    today,
    topClients: TOP_CLIENTS,
  });
  const by_currency: Record<string, FinancialFigures> = {};
  for (const currency of rows.currencies) {
    if (currency !== owner.currency) by_currency[currency] = figuresFor(rows, currency, range.previous);
  }
  return {
    from: range.from,
    to: range.to,
    interval: range.interval,
    ...figuresFor(rows, owner.currency, range.previous),
    currency: owner.currency,
    by_currency,
  };
}

function invoiceFigures(rows: StatsRows, currency: string): InvoiceFigures {
  const by_status = Object.fromEntries(EFFECTIVE_STATUSES.map((s) => [s, zeroCount()])) as Record<EffectiveStatus, CountAmount>;
  for (const row of rows.invoices) {
    if (row.currency === currency) by_status[row.status as EffectiveStatus] = { count: row.count, amount: row.amount };
  }
  const open = rows.receivables.find((r) => r.currency === currency);
  return {
    by_status,
    outstanding: open ? { count: open.outstanding_count, amount: open.outstanding } : zeroCount(),
    overdue: open ? { count: open.overdue_count, amount: open.overdue } : zeroCount(),
  };
}

/**
 * `GET /api/dashboard/stats`: contacts, tasks, invoices and this month's
 * money, per currency where money is concerned.
 */
export async function getStats(tx: Database, owner: DashboardOwner, now = new Date()): Promise<Stats> {
  const today = dashboardToday(owner, now);
  const month = { from: startOfMonth(today), to: endOfMonth(today) };
  // the two statements leave together (one round trip)
  const [rows, quotes] = await Promise.all([
    selectStats(tx, {
      workspaceId: owner.id,
      currency: owner.currency,
      timeZone: safeTimeZone(owner.time_zone),
      today,
      monthFrom: month.from,
      monthTo: month.to,
    }),
    openQuoteTotals(tx, owner.id, today),
  ]);
  const contactsByStatus = Object.fromEntries(CONTACT_STATUSES.map((s) => [s, rows.contacts[s] ?? 0])) as Record<ContactStatus, number>;
  const tasksByStatus = Object.fromEntries(TASK_STATUSES.map((s) => [s, rows.tasks.by_status[s] ?? 0])) as Record<TaskStatus, number>;
  const monthOf = (currency: string) => {
    const found = rows.month.find((m) => m.currency === currency);
    return { ...(found ? { income: found.income, expense: found.expense, net: found.net } : zeroFlow()), ...month };
  };
  const quotesOf = (currency: string) => {
    const found = quotes.find((q) => q.currency === currency);
    return { open: found ? { count: found.count, amount: found.amount } : zeroCount() };
  };
  const currencies = new Set([...rows.month.map((m) => m.currency), ...rows.invoices.map((i) => i.currency)]);
  const by_currency: Stats['by_currency'] = {};
  for (const currency of [...currencies].sort()) {
    if (currency !== owner.currency) {
      by_currency[currency] = { invoices: invoiceFigures(rows, currency), month: monthOf(currency), quotes: quotesOf(currency) };
    }
  }
  return {
    contacts: { total: Object.values(contactsByStatus).reduce((a, b) => a + b, 0), by_status: contactsByStatus },
    tasks: { open: rows.tasks.open, overdue: rows.tasks.overdue, due_today: rows.tasks.due_today, by_status: tasksByStatus },
    invoices: invoiceFigures(rows, owner.currency),
    quotes: quotesOf(owner.currency),
    month: monthOf(owner.currency),
    today,
    currency: owner.currency,
    by_currency,
  };
}
