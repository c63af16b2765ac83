import { z } from 'zod';
import { cursorParam, date, formatParam, limitParam, money, optionalText, qParam, quantity, sortParam, uuid } from '@/lib/validation';

/**
 * Credit notes: the one definition used by the API, the invoice page's credit
 * dialog and the assistant's tool (docs/decisions/0115-credit-notes.md).
 */

export const MAX_CREDIT_LINES = 200;

/**
 * One credited item: the invoice item (`invoice_item_id`, or `item_id` / `id`
 * for short) and how much of it; without a quantity, all that is left of it.
 */
export const creditLineSchema = z
  .strictObject({
    invoice_item_id: uuid.optional(),
    item_id: uuid.optional(),
    id: uuid.optional(),
    quantity: quantity({ max: 1_000_000_000 }).optional(),
  })
  .superRefine((line, ctx) => {
    const ids = [line.invoice_item_id, line.item_id, line.id].filter((v) => v !== undefined);
    if (ids.length === 0)
      ctx.addIssue({ code: 'custom', path: ['invoice_item_id'], message: 'is required: the id of an item of the invoice' });
    if (ids.length > 1) ctx.addIssue({ code: 'custom', path: ['invoice_item_id'], message: 'give the item once (invoice_item_id)' });
  })
  .transform((line) => ({ invoice_item_id: (line.invoice_item_id ?? line.item_id ?? line.id)!, quantity: line.quantity }));
export type CreditLine = z.output<typeof creditLineSchema>;

export const creditNoteCreateSchema = z
  .strictObject({
    items: z
      .array(creditLineSchema, { error: 'must be a list of { invoice_item_id, quantity }' })
      .min(1, 'must have at least one item')
      .max(MAX_CREDIT_LINES, `must have at most ${MAX_CREDIT_LINES} items`)
      .optional(),
    amount: money({ positive: true }).optional(),
    reason: optionalText(2000).optional(),
    /** the day it is issued (default: today in the workspace's time zone) */
    issue_date: date.optional(),
    /** the credit was paid back: record it as an expense transaction (only for what was paid) */
    refund: z.boolean({ error: 'must be true or false' }).optional(),
  })
  .superRefine((value, ctx) => {
    if (value.items === undefined && value.amount === undefined) {
      ctx.addIssue({ code: 'custom', path: ['amount'], message: 'give either items or an amount to credit' });
    }
    if (value.items !== undefined && value.amount !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['amount'], message: 'give either items or an amount, not both' });
    }
    if (value.items) {
      const seen = new Set<string>();
      value.items.forEach((line, index) => {
        if (seen.has(line.invoice_item_id)) {
          ctx.addIssue({ code: 'custom', path: ['items', index, 'invoice_item_id'], message: 'is listed twice' });
        }
        seen.add(line.invoice_item_id);
      });
    }
  });
export type CreditNoteCreate = z.output<typeof creditNoteCreateSchema>;

/** Fields a client never sets on a credit note. */
export const CREDIT_NOTE_READ_ONLY = [
  'workspace_id',
  'user_id',
  'invoice_id',
  'credit_note_number',
  'currency',
  'subtotal',
  'tax_amount',
  'total_amount',
  'refund_transaction_id',
  'created_at',
  'updated_at',
] as const;

export const CREDIT_NOTE_SORTS = ['issue_date', 'credit_note_number', 'total_amount', 'created_at'] as const;
export type CreditNoteSortField = (typeof CREDIT_NOTE_SORTS)[number];

export const creditNoteListQuerySchema = z
  .strictObject({
    limit: limitParam,
    cursor: cursorParam,
    sort: sortParam(CREDIT_NOTE_SORTS, '-issue_date'),
    q: qParam,
    invoice_id: uuid.optional(),
    contact_id: uuid.optional(),
    from: date.optional(),
    to: date.optional(),
    format: formatParam,
  })
  .superRefine((value, ctx) => {
    if (value.from && value.to && value.from > value.to) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'must be on or after from' });
    }
  });
export type CreditNoteListQuery = z.output<typeof creditNoteListQuerySchema>;

export const creditNoteIdParams = z.strictObject({ id: uuid });

export interface CreditNoteItem {
  id: string;
  invoice_item_id: string;
  description: string;
  quantity: number;
  unit_price: string;
  tax_rate: string;
  total: string;
  position: number;
}

/** A credit note as the API returns it. */
export interface CreditNote {
  id: string;
  workspace_id: string;
  user_id: string | null;
  credit_note_number: string;
  invoice_id: string;
  invoice_number: string;
  contact_id: string | null;
  contact_name: string | null;
  issue_date: string;
  currency: string;
  subtotal: string;
  tax_amount: string;
  total_amount: string;
  reason: string | null;
  /** the expense transaction that paid it back (null: not refunded) */
  refund_transaction_id: string | null;
  refunded: boolean;
  created_at: Date;
  updated_at: Date;
}

/** One credit note with its items and where its invoice now stands. */
export interface CreditNoteDetail extends CreditNote {
  items: CreditNoteItem[];
  invoice: {
    id: string;
    invoice_number: string;
    status: string;
    total_amount: string;
    amount_paid: string;
    credited_amount: string;
    balance_due: string;
    /** what is left to credit: total − credited */
    creditable_amount: string;
  };
}
