import { z } from 'zod';
import { invoiceFields } from '@/features/invoices/schema';
import { cursorParam, date, integer, limitParam, optionalText, sortParam, uuid } from '@/lib/validation';
import { FREQUENCIES, type Frequency } from './schedule';

/**
 * Recurring invoice profiles: the one definition used by the API, the profile
 * editor and the assistant's tools (docs/decisions/0117-recurring-invoices.md).
 * Items are the invoice editor's items (the same schema).
 */

export { FREQUENCIES, type Frequency };
export const RECURRING_STATUSES = ['active', 'paused'] as const;
export type RecurringStatus = (typeof RECURRING_STATUSES)[number];

/** How many upcoming dates GET one shows. */
export const NEXT_DATES = 5;

const frequency = z.enum(FREQUENCIES, { error: `must be one of ${FREQUENCIES.join(', ')}` });
const status = z.enum(RECURRING_STATUSES, { error: 'must be active or paused' });
const occurrences = integer({ min: 1, max: 1000 });

const fields = {
  contact_id: uuid,
  items: invoiceFields.items,
  frequency,
  start_date: date,
  end_date: date.nullable(),
  occurrences: occurrences.nullable(),
  auto_send: z.boolean({ error: 'must be true or false' }),
  status,
  currency: invoiceFields.currency,
  notes: optionalText(10000),
};

function checkEnd(value: { start_date?: string; end_date?: string | null; occurrences?: number | null }, ctx: z.RefinementCtx): void {
  if (value.end_date && value.occurrences) {
    ctx.addIssue({ code: 'custom', path: ['occurrences'], message: 'give an end date or a number of occurrences, not both' });
  }
  if (value.start_date && value.end_date && value.end_date < value.start_date) {
    ctx.addIssue({ code: 'custom', path: ['end_date'], message: 'must be on or after the start date' });
  }
}

export const recurringCreateSchema = z
  .strictObject({
    contact_id: fields.contact_id,
    items: fields.items,
    frequency: fields.frequency,
    /** the first period (default: today in the workspace's time zone) */
    start_date: fields.start_date.optional(),
    end_date: fields.end_date.optional(),
    occurrences: fields.occurrences.optional(),
    auto_send: fields.auto_send.default(false),
    status: fields.status.default('active'),
    currency: fields.currency.optional(),
    notes: fields.notes.optional(),
  })
  .superRefine(checkEnd);
export type RecurringCreate = z.output<typeof recurringCreateSchema>;

export const recurringUpdateSchema = z
  .strictObject({
    contact_id: fields.contact_id.optional(),
    items: fields.items.optional(),
    frequency: fields.frequency.optional(),
    start_date: fields.start_date.optional(),
    end_date: fields.end_date.optional(),
    occurrences: fields.occurrences.optional(),
    auto_send: fields.auto_send.optional(),
    status: fields.status.optional(),
    currency: fields.currency.optional(),
    notes: fields.notes.optional(),
  })
  .refine((v) => Object.keys(v).length > 0, { message: 'send at least one field to change', path: [] })
  .superRefine(checkEnd);
export type RecurringUpdate = z.output<typeof recurringUpdateSchema>;

export const RECURRING_READ_ONLY = [
  'id',
  'workspace_id',
  'user_id',
  'next_date',
  'next_dates',
  'last_period',
  'generated_count',
  'contact_name',
  'total_amount',
  'created_at',
  'updated_at',
] as const;

export const RECURRING_SORTS = ['next_date', 'start_date', 'created_at'] as const;
export type RecurringSortField = (typeof RECURRING_SORTS)[number];

export const recurringListQuerySchema = z.strictObject({
  limit: limitParam,
  cursor: cursorParam,
  sort: sortParam(RECURRING_SORTS, '-created_at'),
  status: status.optional(),
  contact_id: uuid.optional(),
  frequency: frequency.optional(),
});
export type RecurringListQuery = z.output<typeof recurringListQuerySchema>;

export const recurringIdParams = z.strictObject({ id: uuid });

export interface RecurringItem {
  description: string;
  quantity: number;
  unit_price: string;
  tax_rate: string;
}

/** A recurring profile as the API returns it. */
export interface RecurringInvoice {
  id: string;
  workspace_id: string;
  user_id: string | null;
  contact_id: string;
  contact_name: string | null;
  currency: string;
  items: RecurringItem[];
  notes: string | null;
  frequency: Frequency;
  start_date: string;
  end_date: string | null;
  occurrences: number | null;
  auto_send: boolean;
  status: RecurringStatus;
  /** the next period's date (null: the schedule has ended) */
  next_date: string | null;
  /** the last period an invoice was made for */
  last_period: string | null;
  /** how many invoices it made */
  generated_count: number;
  created_at: Date;
  updated_at: Date;
}

/** GET one: also the next five dates. */
export interface RecurringInvoiceDetail extends RecurringInvoice {
  next_dates: string[];
}

export const FREQUENCY_LABELS: Record<Frequency, string> = {
  weekly: 'Weekly',
  biweekly: 'Every two weeks',
  monthly: 'Monthly',
  quarterly: 'Quarterly',
  yearly: 'Yearly',
};
