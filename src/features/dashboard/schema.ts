import { z } from 'zod';
import type { ContactStatus } from '@/features/contacts/schema';
import type { EffectiveStatus } from '@/features/invoices/schema';
import type { TaskStatus } from '@/features/tasks/schema';
import { date } from '@/lib/validation';
import { type DateRange, exceedsMaxRange, INTERVALS, type Interval, MAX_RANGE_YEARS } from './periods';

/**
 * The dashboard's figures (docs/decisions/0051 and 0052): the one definition
 * used by the API, the page and the assistant.
 *
 * Money figures never add different currencies together. The documented
 * fields hold the account's currency (`currency`, the user's setting); an
 * account with invoices in other currencies gets the same figures for each of
 * them under `by_currency` (docs/decisions/0051-dashboard-currencies.md).
 */

export { INTERVALS, type Interval } from './periods';

export const AGING_BUCKETS = ['current', '1-30', '31-60', '61-90', '90+'] as const;
export type AgingBucketName = (typeof AGING_BUCKETS)[number];

/** How many clients `top_clients` lists (per currency). */
export const TOP_CLIENTS = 10;

export const statsQuerySchema = z.strictObject({});

export const financialQuerySchema = z
  .strictObject({
    from: date.optional(),
    to: date.optional(),
    interval: z.enum(INTERVALS, { error: `must be one of ${INTERVALS.join(', ')}` }).default('month'),
  })
  .superRefine((v, ctx) => {
    if (v.from && !v.to) ctx.addIssue({ code: 'custom', path: ['to'], message: 'is required when from is given' });
    if (v.to && !v.from) ctx.addIssue({ code: 'custom', path: ['from'], message: 'is required when to is given' });
    // refinements also run when a field already failed (zod reports every problem at once):
    // compare only two real dates
    if (!v.from || !v.to || !date.safeParse(v.from).success || !date.safeParse(v.to).success) return;
    if (v.from > v.to) ctx.addIssue({ code: 'custom', path: ['from'], message: 'must not be after to' });
    else if (exceedsMaxRange({ from: v.from, to: v.to })) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: `must be less than ${MAX_RANGE_YEARS} years after from` });
    }
  });
export type FinancialQuery = z.output<typeof financialQuerySchema>;

/** Money in, money out and the difference, as exact decimal strings. */
export interface MoneyFlow {
  income: string;
  expense: string;
  net: string;
}

/** One period of the range: its first and last day inside the range. */
export interface PeriodFlow extends MoneyFlow {
  start: string;
  end: string;
}

export interface CategoryAmount {
  type: 'income' | 'expense';
  /** null: transactions without a category */
  category: string | null;
  amount: string;
}

export interface AgingBucket {
  bucket: AgingBucketName;
  count: number;
  amount: string;
}

export interface TopClient {
  contact_id: string;
  name: string;
  amount: string;
}

/** The money figures of the financial answer, for one currency. */
export interface FinancialFigures {
  totals: MoneyFlow;
  previous: MoneyFlow & DateRange;
  periods: PeriodFlow[];
  by_category: CategoryAmount[];
  aging: AgingBucket[];
  top_clients: TopClient[];
}

export interface Financial extends FinancialFigures {
  from: string;
  to: string;
  interval: Interval;
  /** the currency of the figures above: the account's */
  currency: string;
  /** every other currency with figures in the range (or unpaid invoices) */
  by_currency: Record<string, FinancialFigures>;
}

export interface CountAmount {
  count: number;
  amount: string;
}

export interface InvoiceFigures {
  /** count and Σ total_amount per status as people see it (`overdue`: sent and past due) */
  by_status: Record<EffectiveStatus, CountAmount>;
  /** unpaid balance (total − payments) of sent and overdue invoices */
  outstanding: CountAmount;
  /** unpaid balance of overdue invoices */
  overdue: CountAmount;
}

export interface Stats {
  contacts: { total: number; by_status: Record<ContactStatus, number> };
  tasks: { open: number; overdue: number; due_today: number; by_status: Record<TaskStatus, number> };
  invoices: InvoiceFigures;
  /** quotes still open (sent or accepted, not expired), in the workspace's currency */
  quotes: { open: CountAmount };
  /** this calendar month in the account's time zone, every transaction dated in it */
  month: MoneyFlow & DateRange;
  /** the account's calendar date */
  today: string;
  currency: string;
  by_currency: Record<string, { invoices: InvoiceFigures; month: MoneyFlow & DateRange; quotes?: { open: CountAmount } }>;
}
