import { z } from 'zod';
import { checkDiscount, DISCOUNT_TYPES, type DiscountType, type InvoiceItem, invoiceFields } from '@/features/invoices/schema';
import { creatorParam, cursorParam, date, formatParam, integer, limitParam, qParam, requiredText, sortParam, uuid } from '@/lib/validation';

/**
 * Quotes: the same lines, taxes, discount and totals as invoices (the item
 * and discount definitions are the invoices' own), their own number series,
 * and a status of their own (docs/decisions/0110-quotes.md).
 */

export const QUOTE_STATUSES = ['draft', 'sent', 'accepted', 'declined', 'converted'] as const;
export type QuoteStoredStatus = (typeof QUOTE_STATUSES)[number];

/** What the API answers: `expired` is a sent quote past its valid_until in the workspace's time zone. */
export const QUOTE_EFFECTIVE_STATUSES = ['draft', 'sent', 'accepted', 'declined', 'expired', 'converted'] as const;
export type QuoteStatus = (typeof QUOTE_EFFECTIVE_STATUSES)[number];

export const DEFAULT_VALIDITY_DAYS = 30;

const quoteNumber = requiredText(50).refine((v) => !/[\u0000-\u001f\u007f]/.test(v), 'must not contain control characters');

function checkDates(value: { issue_date?: string; valid_until?: string }, ctx: z.RefinementCtx): void {
  if (value.issue_date && value.valid_until && value.valid_until < value.issue_date) {
    ctx.addIssue({ code: 'custom', path: ['valid_until'], message: 'must be on or after the issue date' });
  }
}

export const quoteCreateSchema = z
  .strictObject({
    contact_id: invoiceFields.contact_id.optional(),
    quote_number: quoteNumber.nullable().optional(),
    issue_date: date.optional(),
    valid_until: date.optional(),
    currency: invoiceFields.currency.optional(),
    discount_type: invoiceFields.discount_type.optional(),
    discount_value: invoiceFields.discount_value.optional(),
    notes: invoiceFields.notes.optional(),
    items: invoiceFields.items,
  })
  .superRefine((value, ctx) => {
    const hasType = value.discount_type !== undefined && value.discount_type !== null;
    const hasValue = value.discount_value !== undefined && value.discount_value !== null;
    if (hasType && !hasValue) ctx.addIssue({ code: 'custom', path: ['discount_value'], message: 'is required with discount_type' });
    if (hasValue && !hasType) ctx.addIssue({ code: 'custom', path: ['discount_type'], message: 'is required with discount_value' });
    checkDiscount(value, ctx);
    checkDates(value, ctx);
  });
export type QuoteCreate = z.output<typeof quoteCreateSchema>;

export const quoteUpdateSchema = z
  .strictObject({
    contact_id: invoiceFields.contact_id.optional(),
    quote_number: quoteNumber.optional(),
    issue_date: date.optional(),
    valid_until: date.optional(),
    currency: invoiceFields.currency.optional(),
    discount_type: invoiceFields.discount_type.optional(),
    discount_value: invoiceFields.discount_value.optional(),
    notes: invoiceFields.notes.optional(),
    /** by hand: mark as sent (without emailing), accepted or declined; `converted` only through /convert */
    status: z.enum(QUOTE_STATUSES, { error: `must be one of ${QUOTE_STATUSES.join(', ')}` }).optional(),
    items: invoiceFields.items.optional(),
  })
  .refine((v) => Object.keys(v).length > 0, { message: 'send at least one field to change', path: [] })
  .superRefine((value, ctx) => {
    checkDiscount(value, ctx);
    checkDates(value, ctx);
  });
export type QuoteUpdate = z.output<typeof quoteUpdateSchema>;

export const QUOTE_READ_ONLY = [
  'id',
  'workspace_id',
  'user_id',
  'subtotal',
  'discount_amount',
  'taxes',
  'tax_amount',
  'total_amount',
  'sent_at',
  'accepted_at',
  'declined_at',
  'converted_at',
  'invoice_id',
  'viewed_at',
  'view_count',
  'created_at',
  'updated_at',
  'contact_name',
  'contact_email',
  'contact_company',
] as const;

export const QUOTE_SORTS = ['quote_number', 'issue_date', 'valid_until', 'total_amount', 'created_at'] as const;
export type QuoteSortField = (typeof QUOTE_SORTS)[number];

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
      .array(z.enum(QUOTE_EFFECTIVE_STATUSES, { error: `must be one or more of ${QUOTE_EFFECTIVE_STATUSES.join(', ')} (comma-separated)` }))
      .min(1, `must be one or more of ${QUOTE_EFFECTIVE_STATUSES.join(', ')}`),
  );

export const quoteListQuerySchema = z
  .strictObject({
    limit: limitParam,
    cursor: cursorParam,
    sort: sortParam(QUOTE_SORTS, '-issue_date'),
    q: qParam,
    status: statusList.optional(),
    contact_id: uuid.optional(),
    from: date.optional(),
    to: date.optional(),
    user_id: creatorParam,
    format: formatParam,
  })
  .superRefine((value, ctx) => {
    if (value.from && value.to && value.from > value.to) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'must be on or after from' });
    }
  });
export type QuoteListQuery = z.output<typeof quoteListQuerySchema>;

export const quoteIdParams = z.strictObject({ id: uuid });

/** GET/PUT /api/quotes/settings (admins change them). */
export const quoteSettingsSchema = z
  .strictObject({
    quote_prefix: z
      .string({ error: 'must be text' })
      .max(20, 'must be at most 20 characters')
      .refine((v) => !/[\u0000-\u001f\u007f]/.test(v), 'must not contain control characters')
      .optional(),
    /** how long a client link works, in days */
    share_link_days: integer({ min: 1, max: 365 }).optional(),
  })
  .refine((v) => Object.keys(v).length > 0, { message: 'send at least one field to change', path: [] });
export type QuoteSettingsUpdate = z.output<typeof quoteSettingsSchema>;

export interface QuoteSettings {
  quote_prefix: string;
  share_link_days: number;
}

export type QuoteItem = InvoiceItem;
export { DISCOUNT_TYPES };

export interface Quote {
  id: string;
  workspace_id: string;
  user_id: string | null;
  contact_id: string | null;
  quote_number: string;
  status: QuoteStatus;
  issue_date: string;
  valid_until: string;
  currency: string;
  subtotal: string;
  discount_type: DiscountType | null;
  discount_value: string | null;
  discount_amount: string;
  taxes: { rate: string; base: string; amount: string }[];
  tax_amount: string;
  total_amount: string;
  notes: string | null;
  sent_at: Date | null;
  accepted_at: Date | null;
  declined_at: Date | null;
  converted_at: Date | null;
  /** the invoice made from this quote */
  invoice_id: string | null;
  viewed_at: Date | null;
  view_count: number;
  created_at: Date;
  updated_at: Date;
  contact_name: string | null;
  contact_email: string | null;
  contact_company: string | null;
}

export interface QuoteDetail extends Quote {
  items: QuoteItem[];
}

export const QUOTE_STATUS_LABELS: Record<QuoteStatus, string> = {
  draft: 'Draft',
  sent: 'Sent',
  accepted: 'Accepted',
  declined: 'Declined',
  expired: 'Expired',
  converted: 'Invoiced',
};
