import { z } from 'zod';
import { dateOut, idOut, moneyOut, timestampOut } from '@/lib/openapi/schemas';
import {
  DISCOUNT_TYPES,
  EFFECTIVE_STATUSES,
  INVOICE_STATUSES,
  type Invoice,
  type InvoiceCreditNote,
  type InvoiceDetail,
  type InvoiceItem,
  type Payment,
} from './schema';
import type { TaxLine } from './totals';

/**
 * Invoices as the API answers them, for the API description (`satisfies`
 * keeps each in step with its type): the list row, and the detail with items,
 * payments and credit notes.
 */

const taxLine = z.object({
  rate: z.string().meta({ description: 'Percent, e.g. "19".' }),
  base: moneyOut,
  amount: moneyOut,
} satisfies Record<keyof TaxLine, z.ZodType>);

const invoiceFields = {
  id: idOut,
  workspace_id: idOut,
  user_id: idOut.nullable().meta({ description: 'Who made it (null: imported, or a person since deleted).' }),
  contact_id: idOut.nullable(),
  invoice_number: z.string(),
  status: z.enum(INVOICE_STATUSES),
  effective_status: z.enum(EFFECTIVE_STATUSES).meta({ description: '`status`, with `overdue` for a sent invoice past its due date.' }),
  issue_date: dateOut,
  due_date: dateOut,
  currency: z.string().meta({ examples: ['EUR'] }),
  subtotal: moneyOut,
  discount_type: z.enum(DISCOUNT_TYPES).nullable(),
  discount_value: z.string().nullable().meta({ description: 'A percent or an amount, per `discount_type`.' }),
  discount_amount: moneyOut,
  taxes: z.array(taxLine),
  tax_amount: moneyOut,
  total_amount: moneyOut,
  amount_paid: moneyOut,
  credited_amount: moneyOut.meta({ description: 'The sum of the credit notes issued against it.' }),
  balance_due: moneyOut.meta({ description: 'Total − paid − credited, never below zero.' }),
  recurring_invoice_id: idOut.nullable(),
  recurring_period: z.string().nullable(),
  notes: z.string().nullable(),
  sent_at: timestampOut.nullable(),
  paid_at: timestampOut.nullable(),
  quote_id: idOut.nullable(),
  viewed_at: timestampOut.nullable(),
  view_count: z.number().int(),
  created_at: timestampOut,
  updated_at: timestampOut,
  contact_name: z.string().nullable(),
  contact_email: z.string().nullable(),
  contact_company: z.string().nullable(),
} satisfies Record<keyof Invoice, z.ZodType>;

export const invoiceResponse = z.object(invoiceFields).meta({ id: 'Invoice' });

const item = z.object({
  id: idOut,
  description: z.string(),
  quantity: z.number(),
  unit_price: moneyOut,
  tax_rate: z.string(),
  total: moneyOut,
  position: z.number().int(),
} satisfies Record<keyof InvoiceItem, z.ZodType>);

const payment = z.object({
  id: idOut,
  amount: moneyOut,
  date: dateOut,
  description: z.string().nullable(),
  category: z.string().nullable(),
  created_at: timestampOut,
} satisfies Record<keyof Payment, z.ZodType>);

const creditNote = z.object({
  id: idOut,
  credit_note_number: z.string(),
  issue_date: dateOut,
  total_amount: moneyOut,
  reason: z.string().nullable(),
  refund_transaction_id: idOut.nullable(),
  created_at: timestampOut,
} satisfies Record<keyof InvoiceCreditNote, z.ZodType>);

export const invoiceDetailResponse = z
  .object({
    ...invoiceFields,
    items: z.array(item),
    payments: z.array(payment),
    credit_notes: z.array(creditNote),
  } satisfies Record<keyof InvoiceDetail, z.ZodType>)
  .meta({ id: 'InvoiceDetail' });
