import { writeDecimal } from '@/lib/money/input';
import { z } from 'zod';
import { getContact } from '@/features/contacts/service';
import {
  EFFECTIVE_STATUSES,
  type Invoice,
  type InvoiceListRow,
  invoiceCreateSchema,
  invoiceListQuerySchema,
  paymentCreateSchema,
} from '@/features/invoices/schema';
import { createInvoice, deleteInvoice, deletePayment, getInvoice, listInvoices, recordPayment } from '@/features/invoices/service';
import { errors } from '@/lib/errors';
import { formatMoney } from '@/lib/money';
import { requiredText, uuid } from '@/lib/validation';
import { readTool, type Tool, type ToolContext, writeTool } from './types';

/** The assistant's invoice tools: the invoices service, under the user's RLS. */

const limit = z.number().int().min(1).max(50).default(20).describe('how many to return (1-50, default 20)');

export function invoiceOut(i: Invoice | InvoiceListRow) {
  return {
    id: i.id,
    invoice_number: i.invoice_number,
    status: i.effective_status,
    contact_id: i.contact_id,
    contact_name: i.contact_name,
    issue_date: i.issue_date,
    due_date: i.due_date,
    currency: i.currency,
    total_amount: i.total_amount,
    amount_paid: i.amount_paid,
    balance_due: i.balance_due,
    url: `/invoices/${i.id}`,
  };
}

async function findByNumber(ctx: ToolContext, number: string): Promise<InvoiceListRow> {
  const page = await listInvoices(ctx.tx, ctx.user, invoiceListQuerySchema.parse({ q: number, limit: '50' }));
  const wanted = number.trim().toLowerCase();
  const exact = page.data.find((i) => i.invoice_number.toLowerCase() === wanted);
  if (exact) return exact;
  // "3" or "0003" for INV-0003
  const digits = wanted.replace(/\D/g, '').replace(/^0+/, '');
  const byDigits = digits ? page.data.filter((i) => i.invoice_number.replace(/\D/g, '').replace(/^0+/, '') === digits) : [];
  if (byDigits.length === 1) return byDigits[0]!;
  throw errors.notFound('Invoice');
}

const money = (value: string, currency: string, ctx: ToolContext) => formatMoney(value, currency, ctx.user.locale);

interface DraftInput {
  contact_id?: string | null;
  currency?: string;
  issue_date?: string;
  discount_type?: 'percent' | 'amount' | null;
  discount_value?: string | null;
  notes?: string | null;
  items: { description: string; quantity: string; unit_price: string; tax_rate?: string | number }[];
}

/** The proposal of a draft invoice or quote: its client, every line and every header field given. */
export async function describeDraft(
  ctx: ToolContext,
  what: string,
  input: DraftInput,
  until: string | null,
  number?: string | null,
): Promise<string> {
  const contact = input.contact_id ? await getContact(ctx.tx, ctx.user, input.contact_id) : null;
  const currency = input.currency ?? ctx.user.currency;
  const lines = input.items.map(
    (i) =>
      `${writeDecimal(i.quantity, ctx.user.locale)} × "${i.description}" at ${money(i.unit_price, currency, ctx)}` +
      (i.tax_rate !== undefined ? ` + ${i.tax_rate}% tax` : ''),
  );
  const details = [
    number ? `number "${number}"` : null,
    input.currency ? `in ${input.currency}` : null,
    input.issue_date ? `issued ${input.issue_date}` : null,
    until,
    input.discount_type && input.discount_value
      ? `discount ${input.discount_type === 'percent' ? `${input.discount_value}%` : money(input.discount_value, currency, ctx)}`
      : null,
    input.notes ? `notes "${input.notes}"` : null,
  ].filter(Boolean);
  const client = contact ? ` for ${[contact.first_name, contact.last_name].filter(Boolean).join(' ')}` : '';
  return `Draft ${what}${client}: ${lines.join('; ')}${details.length ? `; ${details.join(', ')}` : ''}.`;
}

export const invoiceTools: Tool[] = [
  readTool({
    name: 'list_invoices',
    kind: 'read',
    description:
      'Invoices, with total, amount paid and balance due. Filter by status (draft, sent, overdue, paid, cancelled; ' +
      '"unpaid" = sent or overdue) and contact.',
    input: z.strictObject({
      status: z.union([z.enum(EFFECTIVE_STATUSES), z.literal('unpaid')]).optional(),
      contact_id: uuid.optional(),
      limit,
    }),
    async run({ tx, user }, input) {
      const query = invoiceListQuerySchema.parse({
        limit: String(input.limit),
        sort: 'due_date',
        ...(input.status ? { status: input.status === 'unpaid' ? 'sent,overdue' : input.status } : {}),
        ...(input.contact_id ? { contact_id: input.contact_id } : {}),
      });
      const page = await listInvoices(tx, user, query);
      return { total: page.page.total, invoices: page.data.map(invoiceOut) };
    },
  }),
  readTool({
    name: 'get_invoice',
    kind: 'read',
    description: 'One invoice by id or by its number (e.g. "INV-0003"), with items, payments and balance due.',
    input: z
      .strictObject({ invoice_id: uuid.optional(), invoice_number: requiredText(50).optional() })
      .refine((v) => Boolean(v.invoice_id) !== Boolean(v.invoice_number), { message: 'give invoice_id or invoice_number', path: [] }),
    async run(ctx, input) {
      const id = input.invoice_id ?? (await findByNumber(ctx, input.invoice_number!)).id;
      const invoice = await getInvoice(ctx.tx, ctx.user, id);
      return {
        ...invoiceOut(invoice),
        items: invoice.items.map((i) => ({ description: i.description, quantity: i.quantity, unit_price: i.unit_price, total: i.total })),
        payments: invoice.payments.map((p) => ({ amount: p.amount, date: p.date })),
      };
    },
  }),
  writeTool({
    name: 'create_invoice',
    kind: 'write',
    description: 'Draft an invoice for a contact with items (description, quantity, unit_price); totals are computed by the server.',
    input: invoiceCreateSchema.refine((v) => v.status === undefined || v.status === 'draft', {
      message: 'the assistant only drafts invoices',
      path: ['status'],
    }),
    async describe(ctx, input) {
      // every argument Confirm applies is named here (the runner refuses a summary too long to show)
      return describeDraft(ctx, 'an invoice', input, input.due_date ? `due ${input.due_date}` : null, input.invoice_number);
    },
    async apply({ tx, user }, input) {
      const invoice = await createInvoice(tx, user, { ...input, status: 'draft' });
      return { record: invoice, undo: { invoice_id: invoice.id } };
    },
    async revert({ tx, user }, undo) {
      return deleteInvoice(tx, user, String(undo.invoice_id));
    },
  }),
  writeTool({
    name: 'record_payment',
    kind: 'write',
    description: 'Record a payment on an invoice (mark it paid by paying its balance, or a part of it).',
    input: z.strictObject({ invoice_id: uuid, amount: paymentCreateSchema.shape.amount, date: paymentCreateSchema.shape.date }),
    async describe(ctx, input) {
      const invoice = await getInvoice(ctx.tx, ctx.user, input.invoice_id);
      const full = input.amount === invoice.balance_due;
      return `Record a payment of ${money(input.amount, invoice.currency, ctx)} on ${invoice.invoice_number}${invoice.contact_name ? ` (${invoice.contact_name})` : ''}${full ? ', which pays it in full' : ''} on ${input.date ?? ctx.today}.`;
    },
    async apply({ tx, user }, input) {
      const payment = await recordPayment(tx, user, input.invoice_id, { amount: input.amount, date: input.date });
      return { record: payment, undo: { invoice_id: input.invoice_id, payment_id: payment.id } };
    },
    async revert({ tx, user }, undo) {
      return deletePayment(tx, user, String(undo.invoice_id), String(undo.payment_id));
    },
  }),
];
