import { z } from 'zod';
import { creatorParam, cursorParam, date, formatParam, limitParam, money, optionalText, qParam, sortParam, uuid } from '@/lib/validation';

/**
 * Transactions: money in (income) and out (expense). An income transaction
 * with an `invoice_id` is a payment of that invoice. The one definition used by
 * the API, the forms and the assistant's tools.
 */

export const TRANSACTION_TYPES = ['income', 'expense'] as const;
export type TransactionType = (typeof TRANSACTION_TYPES)[number];

export const transactionType = z.enum(TRANSACTION_TYPES, { error: 'must be income or expense' });

const nullableId = z.union([uuid, z.null()], { error: 'must be an id (UUID) or null' });

export const transactionFields = {
  type: transactionType,
  /** A positive amount with at most two decimals ("1250.00"); the type gives the direction. */
  amount: money({ positive: true }),
  category: optionalText(100),
  description: optionalText(2000),
  date,
  invoice_id: nullableId,
};

export const transactionCreateSchema = z.strictObject({
  type: transactionFields.type,
  amount: transactionFields.amount,
  category: transactionFields.category.optional(),
  description: transactionFields.description.optional(),
  date: transactionFields.date.optional(),
  invoice_id: transactionFields.invoice_id.optional(),
});
export type TransactionCreate = z.output<typeof transactionCreateSchema>;

export const transactionUpdateSchema = z
  .strictObject({
    type: transactionFields.type.optional(),
    amount: transactionFields.amount.optional(),
    category: transactionFields.category.optional(),
    description: transactionFields.description.optional(),
    date: transactionFields.date.optional(),
    invoice_id: transactionFields.invoice_id.optional(),
  })
  .refine((v) => Object.keys(v).length > 0, { message: 'send at least one field to change', path: [] });
export type TransactionUpdate = z.output<typeof transactionUpdateSchema>;

export const TRANSACTION_READ_ONLY = ['id', 'workspace_id', 'user_id', 'created_at', 'updated_at'] as const;

export const TRANSACTION_SORTS = ['date', 'amount', 'created_at', 'updated_at'] as const;
export type TransactionSortField = (typeof TRANSACTION_SORTS)[number];

/** The filters of a list of transactions, shared by the list and its totals. */
const transactionFilterParams = {
  q: qParam,
  type: transactionType.optional(),
  category: z
    .string()
    .max(100, 'must be at most 100 characters')
    .transform((v) => v.trim())
    .optional(),
  invoice_id: uuid.optional(),
  from: date.optional(),
  to: date.optional(),
  user_id: creatorParam,
};

function periodInOrder(v: { from?: string | undefined; to?: string | undefined }, ctx: z.RefinementCtx): void {
  if (v.from && v.to && v.from > v.to) ctx.addIssue({ code: 'custom', path: ['from'], message: 'must not be after `to`' });
}

export const transactionListQuerySchema = z
  .strictObject({
    limit: limitParam,
    cursor: cursorParam,
    sort: sortParam(TRANSACTION_SORTS, '-date'),
    ...transactionFilterParams,
    format: formatParam,
  })
  .superRefine(periodInOrder);
export type TransactionListQuery = z.output<typeof transactionListQuerySchema>;

/** `GET /api/transactions/totals`: the list's filters, without page, sort or format. */
export const transactionTotalsQuerySchema = z.strictObject(transactionFilterParams).superRefine(periodInOrder);
export type TransactionTotalsQuery = z.output<typeof transactionTotalsQuerySchema>;

export const transactionIdParams = z.strictObject({ id: uuid });

export const categoryQuerySchema = z.strictObject({ type: transactionType.optional() });

/** A transaction as the API returns it. */
export interface Transaction {
  id: string;
  workspace_id: string;
  /** who made it (null: imported, or a person since deleted) */
  user_id: string | null;
  type: TransactionType;
  amount: string;
  category: string | null;
  description: string | null;
  date: string;
  invoice_id: string | null;
  created_at: Date;
  updated_at: Date;
}

/** Sums over a whole filtered set, exact, as decimal strings. */
export interface MoneyTotals {
  income: string;
  expense: string;
  net: string;
}

/** The exact number and totals of every transaction that matches (`GET /api/transactions/totals`). */
export interface TransactionSummary {
  count: number;
  totals: MoneyTotals;
}

export interface UsedCategory {
  category: string;
  type: TransactionType;
  count: number;
  last_used: string;
}

/** An invoice a payment may be linked to (the transaction form's choices). */
export interface InvoiceChoice {
  id: string;
  invoice_number: string;
  contact_name: string | null;
  status: string;
  currency: string;
  total_amount: string;
  amount_paid: string;
  balance: string;
}
