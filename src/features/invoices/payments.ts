import { recordEvent } from '@/features/audit/service';
import type { Workspace } from '@/lib/auth/workspace';
import { type Database } from '@/lib/db';
import { errors } from '@/lib/errors';
import { deletePaymentRow, insertPayment, selectInvoice } from './queries';
import type { Invoice, Payment, PaymentCreate } from './schema';
import { todayFor } from './records';

// ---------------------------------------------------------------------------
// Payments: income transactions linked to the invoice. The database keeps
// amount_paid and the paid status in step, refuses overpayment and payments
// on drafts or cancelled invoices (whoever writes the transaction).
// ---------------------------------------------------------------------------

export async function recordPayment(
  tx: Database,
  owner: Workspace,
  invoiceId: string,
  input: PaymentCreate,
): Promise<Payment & { invoice: Pick<Invoice, 'id' | 'status' | 'amount_paid' | 'balance_due'> }> {
  const today = todayFor(owner);
  const invoice = await selectInvoice(tx, owner.id, invoiceId, today);
  if (!invoice) throw errors.notFound('Invoice');
  const payment = await insertPayment(tx, owner.id, invoiceId, {
    amount: input.amount,
    date: input.date ?? today,
    description: input.description ?? `Payment for invoice ${invoice.invoice_number}`,
    category: input.category ?? 'Invoice payments',
  });
  const after = (await selectInvoice(tx, owner.id, invoiceId, today))!;
  await recordEvent(tx, 'payment.recorded', 'invoices', invoiceId, {
    transaction_id: payment.id,
    amount: payment.amount,
    status: after.status,
  });
  return {
    ...payment,
    invoice: { id: after.id, status: after.status, amount_paid: after.amount_paid, balance_due: after.balance_due },
  };
}

export async function deletePayment(tx: Database, owner: Workspace, invoiceId: string, paymentId: string): Promise<{ id: string }> {
  const invoice = await selectInvoice(tx, owner.id, invoiceId, todayFor(owner));
  if (!invoice) throw errors.notFound('Invoice');
  if (!(await deletePaymentRow(tx, owner.id, invoiceId, paymentId))) throw errors.notFound('Payment');
  return { id: paymentId };
}
