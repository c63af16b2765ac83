import { z } from 'zod';
import { currencyCode } from '@/features/users/schema';
import { parseDecimal, toUnits } from '@/lib/money';
import {
  creatorParam,
  cursorParam,
  date,
  decimalText,
  email,
  formatParam,
  integer,
  limitParam,
  money,
  optionalText,
  qParam,
  quantity,
  requiredText,
  sortParam,
  uuid,
} from '@/lib/validation';
import type { TaxLine } from './totals';

/**
 * Invoices: the one definition of an invoice, its items and payments, used by
 * the API, the editor and the assistant's tools.
 */

export const INVOICE_STATUSES = ['draft', 'sent', 'paid', 'cancelled'] as const;
export type InvoiceStatus = (typeof INVOICE_STATUSES)[number];

/** What a person sees: `overdue` is derived (sent, due date passed in their time zone). */
export const EFFECTIVE_STATUSES = ['draft', 'sent', 'overdue', 'paid', 'cancelled'] as const;
export type EffectiveStatus = (typeof EFFECTIVE_STATUSES)[number];

export const DISCOUNT_TYPES = ['percent', 'amount'] as const;
export type DiscountType = (typeof DISCOUNT_TYPES)[number];

export const MAX_ITEMS = 200;
export const MAX_QUANTITY = 1_000_000_000;

/** ISO 4217, as in the account's settings (default: the account's currency). */
export const currency = currencyCode;

/** A tax rate in percent: 0 to 100 with up to three decimals ("19", "7.7"), as a string or number. */
export const taxRate = z
  .unknown()
  .transform((input, ctx) => {
    const text = decimalText(input);
    if (text === null) {
      ctx.addIssue({ code: 'custom', message: 'must be a percentage such as "19" or "7.7"' });
      return z.NEVER;
    }
    const parsed = parseDecimal(text, { scale: 3, maxIntegerDigits: 3 });
    if (!parsed.ok) {
      ctx.addIssue({ code: 'custom', message: parsed.reason.replace('"1250.00"', '"19" or "7.7"') });
      return z.NEVER;
    }
    const value = parsed.value;
    if (value.startsWith('-') || toUnits(value, 3) > 100_000n) {
      ctx.addIssue({ code: 'custom', message: 'must be between 0 and 100' });
      return z.NEVER;
    }
    return value.replace(/\.?0+$/, '') || '0';
  })
  .meta({
    type: 'string',
    pattern: '^\\d{1,3}(\\.\\d{1,3})?$',
    description: 'A tax rate in percent, 0 to 100, as a decimal string (or JSON number).',
    examples: ['19', '7.7'],
  });

export const invoiceItemSchema = z.strictObject({
  description: requiredText(2000),
  quantity: quantity({ max: MAX_QUANTITY }),
  unit_price: money(),
  tax_rate: taxRate.optional(),
});
export type InvoiceItemInput = z.output<typeof invoiceItemSchema>;

const items = z
  .array(invoiceItemSchema, { error: 'must be a list of items' })
  .min(1, 'must have at least one item')
  .max(MAX_ITEMS, `must have at most ${MAX_ITEMS} items`);

const invoiceNumber = requiredText(50).refine((v) => !/[\u0000-\u001f\u007f]/.test(v), 'must not contain control characters');

export const invoiceFields = {
  contact_id: uuid.nullable(),
  invoice_number: invoiceNumber,
  issue_date: date,
  due_date: date,
  currency,
  discount_type: z.enum(DISCOUNT_TYPES, { error: 'must be percent or amount' }).nullable(),
  discount_value: money().nullable(),
  notes: optionalText(10000),
  items,
};

export function checkDiscount(value: { discount_type?: DiscountType | null; discount_value?: string | null }, ctx: z.RefinementCtx): void {
  if (value.discount_type === 'percent' && value.discount_value && toUnits(value.discount_value) > 10_000n) {
    ctx.addIssue({ code: 'custom', path: ['discount_value'], message: 'must be at most 100 for a percentage' });
  }
}

export const invoiceCreateSchema = z
  .strictObject({
    contact_id: invoiceFields.contact_id.optional(),
    invoice_number: invoiceFields.invoice_number.nullable().optional(),
    issue_date: invoiceFields.issue_date.optional(),
    due_date: invoiceFields.due_date.optional(),
    currency: invoiceFields.currency.optional(),
    discount_type: invoiceFields.discount_type.optional(),
    discount_value: invoiceFields.discount_value.optional(),
    notes: invoiceFields.notes.optional(),
    /** `sent` creates the invoice and marks it as sent (without emailing it). */
    status: z.enum(['draft', 'sent'], { error: 'must be draft or sent' }).optional(),
    items: invoiceFields.items,
  })
  .superRefine((value, ctx) => {
    const hasType = value.discount_type !== undefined && value.discount_type !== null;
    const hasValue = value.discount_value !== undefined && value.discount_value !== null;
    if (hasType && !hasValue) ctx.addIssue({ code: 'custom', path: ['discount_value'], message: 'is required with discount_type' });
    if (hasValue && !hasType) ctx.addIssue({ code: 'custom', path: ['discount_type'], message: 'is required with discount_value' });
    checkDiscount(value, ctx);
    if (value.issue_date && value.due_date && value.due_date < value.issue_date) {
      ctx.addIssue({ code: 'custom', path: ['due_date'], message: 'must be on or after the issue date' });
    }
  });
export type InvoiceCreate = z.output<typeof invoiceCreateSchema>;

export const invoiceUpdateSchema = z
  .strictObject({
    contact_id: invoiceFields.contact_id.optional(),
    invoice_number: invoiceFields.invoice_number.optional(),
    issue_date: invoiceFields.issue_date.optional(),
    due_date: invoiceFields.due_date.optional(),
    currency: invoiceFields.currency.optional(),
    discount_type: invoiceFields.discount_type.optional(),
    discount_value: invoiceFields.discount_value.optional(),
    notes: invoiceFields.notes.optional(),
    status: z.enum(INVOICE_STATUSES, { error: `must be one of ${INVOICE_STATUSES.join(', ')}` }).optional(),
    items: invoiceFields.items.optional(),
  })
  .refine((v) => Object.keys(v).length > 0, { message: 'send at least one field to change', path: [] })
  .superRefine((value, ctx) => {
    checkDiscount(value, ctx);
    if (value.issue_date && value.due_date && value.due_date < value.issue_date) {
      ctx.addIssue({ code: 'custom', path: ['due_date'], message: 'must be on or after the issue date' });
    }
  });
export type InvoiceUpdate = z.output<typeof invoiceUpdateSchema>;

/** Fields a client never sets: the server computes or keeps them. */
export const INVOICE_READ_ONLY = [
  'id',
  'workspace_id',
  'user_id',
  'subtotal',
  'discount_amount',
  'taxes',
  'tax_amount',
  'total_amount',
  'amount_paid',
  'credited_amount',
  'balance_due',
  'effective_status',
  'recurring_invoice_id',
  'recurring_period',
  'credit_notes',
  'sent_at',
  'paid_at',
  'created_at',
  'updated_at',
  'contact_name',
  'contact_email',
  'contact_company',
  'payments',
  'quote_id',
  'viewed_at',
  'view_count',
] as const;

export const INVOICE_SORTS = ['invoice_number', 'issue_date', 'due_date', 'total_amount', 'created_at'] as const;
export type InvoiceSortField = (typeof INVOICE_SORTS)[number];

/** `status=overdue` or several: `status=sent,overdue`. */
const statusList = z
  .string()
  .transform((v) => [
    ...new Set(
      v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ])
  .pipe(
    z
      .array(z.enum(EFFECTIVE_STATUSES, { error: `must be one or more of ${EFFECTIVE_STATUSES.join(', ')} (comma-separated)` }))
      .min(1, `must be one or more of ${EFFECTIVE_STATUSES.join(', ')}`),
  );

export const invoiceListQuerySchema = z
  .strictObject({
    limit: limitParam,
    cursor: cursorParam,
    sort: sortParam(INVOICE_SORTS, '-issue_date'),
    q: qParam,
    status: statusList.optional(),
    contact_id: uuid.optional(),
    from: date.optional(),
    to: date.optional(),
    /** which date `from`/`to` apply to */
    date_field: z.enum(['issue_date', 'due_date'], { error: 'must be issue_date or due_date' }).default('issue_date'),
    user_id: creatorParam,
    /** the invoices a recurring profile made */
    recurring_invoice_id: uuid.optional(),
    format: formatParam,
  })
  .superRefine((value, ctx) => {
    if (value.from && value.to && value.from > value.to) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'must be on or after from' });
    }
  });
export type InvoiceListQuery = z.output<typeof invoiceListQuerySchema>;

export const invoiceIdParams = z.strictObject({ id: uuid });
export const paymentIdParams = z.strictObject({ id: uuid, payment_id: uuid });

export const paymentCreateSchema = z.strictObject({
  amount: money({ positive: true }),
  /** the day the money arrived (default: today in the account's time zone) */
  date: date.optional(),
  description: optionalText(2000).optional(),
  category: optionalText(100).optional(),
});
export type PaymentCreate = z.output<typeof paymentCreateSchema>;

/** At most this many copies (CC) per email; each counts against the daily email limit. */
export const MAX_CC = 5;

const ccAddress = email.refine((v) => v !== null, 'must be an email address').transform((v) => v!);

/** Addresses that get a copy: a real `Cc` header. Duplicates (any case) are dropped. */
export const ccList = z
  .unknown()
  .refine((value) => Array.isArray(value), 'must be a list of email addresses')
  .pipe(z.array(ccAddress).max(MAX_CC, `must have at most ${MAX_CC} addresses`))
  .transform((list) => list.filter((a, i) => list.findIndex((b) => b.toLowerCase() === a.toLowerCase()) === i));

const emailSubject = requiredText(200).refine((v) => !/[\u0000-\u001f\u007f]/.test(v), 'must be one line of text');

/**
 * What the sender may set for one email (all optional): the subject, the
 * message — the whole text above the invoice's details, greeting and sign-off
 * included; without it the standard text is used — and copies.
 */
export const sendInvoiceSchema = z.strictObject({
  subject: emailSubject.optional(),
  message: optionalText(2000).optional(),
  cc: ccList.optional(),
});
export type SendInvoice = z.output<typeof sendInvoiceSchema>;

/** A thank-you / receipt email for a paid or partly paid invoice: the same fields as a send. */
export const sendReceiptSchema = sendInvoiceSchema;
export type SendReceipt = z.output<typeof sendReceiptSchema>;

export const MAX_REMINDER_INTERVALS = 10;

export const invoiceSettingsSchema = z.strictObject({
  /** days after the due date on which an overdue invoice gets a reminder; [] turns reminders off */
  reminder_days: z
    .array(integer({ min: 1, max: 365 }), { error: 'must be a list of whole numbers of days' })
    .max(MAX_REMINDER_INTERVALS, `must have at most ${MAX_REMINDER_INTERVALS} intervals`)
    .transform((days) => [...new Set(days)].sort((a, b) => a - b)),
});
export type InvoiceSettings = z.output<typeof invoiceSettingsSchema>;

/** GET /api/invoices/settings: the reminder days, and what the next invoice will be numbered. */
export interface InvoiceSettingsView extends InvoiceSettings {
  /** the number the next invoice gets when none is typed (a preview: a create in between takes it) */
  next_invoice_number: string;
}

export interface InvoiceItem {
  id: string;
  description: string;
  quantity: number;
  unit_price: string;
  tax_rate: string;
  total: string;
  position: number;
}

export interface Payment {
  id: string;
  amount: string;
  date: string;
  description: string | null;
  category: string | null;
  created_at: Date;
}

/** An invoice as the API returns it (lists). */
export interface Invoice {
  id: string;
  workspace_id: string;
  /** who made it (null: imported, or a person since deleted) */
  user_id: string | null;
  contact_id: string | null;
  invoice_number: string;
  status: InvoiceStatus;
  effective_status: EffectiveStatus;
  issue_date: string;
  due_date: string;
  currency: string;
  subtotal: string;
  discount_type: DiscountType | null;
  discount_value: string | null;
  discount_amount: string;
  taxes: TaxLine[];
  tax_amount: string;
  total_amount: string;
  amount_paid: string;
  /** Σ the credit notes issued against it */
  credited_amount: string;
  /** total − paid − credited, never below zero */
  balance_due: string;
  /** the recurring profile that made it (null: made by hand), and the period it stands for */
  recurring_invoice_id: string | null;
  recurring_period: string | null;
  notes: string | null;
  sent_at: Date | null;
  paid_at: Date | null;
  /** the quote this invoice was made from (POST /api/quotes/:id/convert) */
  quote_id: string | null;
  /** the client's first view through a client link, and how many views */
  viewed_at: Date | null;
  view_count: number;
  created_at: Date;
  updated_at: Date;
  contact_name: string | null;
  contact_email: string | null;
  contact_company: string | null;
}

/** An invoice as a list answers it: the same fields, its timestamps already the answer's text (ISO 8601, UTC, milliseconds). */
export type InvoiceListRow = Omit<Invoice, 'sent_at' | 'paid_at' | 'viewed_at' | 'created_at' | 'updated_at'> & {
  sent_at: string | null;
  paid_at: string | null;
  viewed_at: string | null;
  created_at: string;
  updated_at: string;
};

/** A credit note as its invoice lists it (the full record: GET /api/credit-notes/:id). */
export interface InvoiceCreditNote {
  id: string;
  credit_note_number: string;
  issue_date: string;
  total_amount: string;
  reason: string | null;
  refund_transaction_id: string | null;
  created_at: Date;
}

/** One invoice with its items, payments and credit notes (GET /api/invoices/:id). */
export interface InvoiceDetail extends Invoice {
  items: InvoiceItem[];
  payments: Payment[];
  credit_notes: InvoiceCreditNote[];
}

export const INVOICE_EVENT_TYPES = [
  'created',
  'status_changed',
  'email_sent',
  'email_failed',
  'payment_recorded',
  'payment_changed',
  'payment_removed',
  'credited',
] as const;
export type InvoiceEventType = (typeof INVOICE_EVENT_TYPES)[number];

export interface InvoiceEvent {
  id: string;
  type: InvoiceEventType;
  data: Record<string, unknown>;
  created_at: Date;
}

export const STATUS_LABELS: Record<EffectiveStatus, string> = {
  draft: 'Draft',
  sent: 'Sent',
  overdue: 'Overdue',
  paid: 'Paid',
  cancelled: 'Cancelled',
};
