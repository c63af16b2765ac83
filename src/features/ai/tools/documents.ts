import { z } from 'zod';
import { creditNoteCreateSchema } from '@/features/credit-notes/schema';
import { issueCreditNote } from '@/features/credit-notes/service';
import { getInvoice } from '@/features/invoices/service';
import { FREQUENCY_LABELS, type RecurringInvoice, recurringListQuerySchema, RECURRING_STATUSES } from '@/features/recurring/schema';
import { getRecurring, listRecurring, updateRecurring } from '@/features/recurring/service';
import { errors } from '@/lib/errors';
import { compareMoney, formatMoney, subtractMoney } from '@/lib/money';
import { uuid } from '@/lib/validation';
import { readTool, type Tool, writeTool } from './types';

/** The assistant's tools for credit notes and recurring invoices: their services, under the user's RLS. */

function recurringOut(p: RecurringInvoice) {
  return {
    id: p.id,
    contact_id: p.contact_id,
    contact_name: p.contact_name,
    frequency: p.frequency,
    status: p.status,
    start_date: p.start_date,
    next_date: p.next_date,
    generated_count: p.generated_count,
    auto_send: p.auto_send,
    items: p.items.map((i) => ({ description: i.description, quantity: i.quantity, unit_price: i.unit_price })),
    url: `/recurring/${p.id}`,
  };
}

export const documentTools: Tool[] = [
  writeTool({
    name: 'credit_invoice',
    kind: 'write',
    description:
      'Issue a credit note for an amount against a sent, overdue or paid invoice (never more than it has left to credit); ' +
      'refund: true also records the money paid back as an expense.',
    input: z.strictObject({
      invoice_id: uuid,
      amount: creditNoteCreateSchema.shape.amount.unwrap(),
      reason: creditNoteCreateSchema.shape.reason,
      refund: creditNoteCreateSchema.shape.refund,
    }),
    async describe(ctx, input) {
      const invoice = await getInvoice(ctx.tx, ctx.user, input.invoice_id);
      const money = (value: string) => formatMoney(value, invoice.currency, ctx.user.locale);
      if (invoice.status !== 'sent' && invoice.status !== 'paid') {
        throw errors.conflict(
          `Invoice ${invoice.invoice_number} is ${invoice.status}: only sent, overdue or paid invoices can be credited.`,
        );
      }
      const left = subtractMoney(invoice.total_amount, invoice.credited_amount);
      if (compareMoney(input.amount, left) > 0) {
        throw errors.conflict(`Invoice ${invoice.invoice_number} has only ${money(left)} left to credit.`, {
          amount: [`exceeds what is left to credit (${left})`],
        });
      }
      return (
        `Issue a credit note of ${money(input.amount)} on ${invoice.invoice_number}` +
        `${invoice.contact_name ? ` (${invoice.contact_name})` : ''}` +
        `${input.reason ? ` for "${input.reason}"` : ''}${input.refund ? ', recorded as a refund paid back' : ''}; ` +
        `${money(subtractMoney(left, input.amount))} would be left to credit. A credit note cannot be undone.`
      );
    },
    async apply({ tx, user }, input) {
      const note = await issueCreditNote(tx, user, input.invoice_id, { amount: input.amount, reason: input.reason, refund: input.refund });
      return { record: note, undo: null };
    },
  }),
  readTool({
    name: 'list_recurring_invoices',
    kind: 'read',
    description:
      'Recurring invoice profiles (client, frequency, next date, how many invoices each made). Filter by status (active, paused).',
    input: z.strictObject({
      status: z.enum(RECURRING_STATUSES).optional(),
      limit: z.number().int().min(1).max(50).default(20).describe('how many to return (1-50, default 20)'),
    }),
    async run({ tx, user }, input) {
      const page = await listRecurring(
        tx,
        user,
        recurringListQuerySchema.parse({
          limit: String(input.limit),
          sort: 'next_date',
          ...(input.status ? { status: input.status } : {}),
        }),
      );
      return { total: page.page.total, recurring_invoices: page.data.map(recurringOut) };
    },
  }),
  writeTool({
    name: 'pause_recurring_invoice',
    kind: 'write',
    description: 'Pause a recurring invoice profile: no invoices are made until it is resumed.',
    input: z.strictObject({ recurring_invoice_id: uuid }),
    async describe(ctx, input) {
      const profile = await getRecurring(ctx.tx, ctx.user, input.recurring_invoice_id);
      if (profile.status === 'paused')
        throw errors.conflict('That recurring invoice is already paused.', { status: ['is already paused'] });
      return `Pause the ${FREQUENCY_LABELS[profile.frequency].toLowerCase()} recurring invoice for ${profile.contact_name ?? 'the client'}${profile.next_date ? ` (next due ${profile.next_date})` : ''}.`;
    },
    async apply({ tx, user }, input) {
      const profile = await updateRecurring(tx, user, input.recurring_invoice_id, { status: 'paused' });
      return { record: profile, undo: { recurring_invoice_id: profile.id } };
    },
    async revert({ tx, user }, undo) {
      return updateRecurring(tx, user, String(undo.recurring_invoice_id), { status: 'active' });
    },
  }),
];
