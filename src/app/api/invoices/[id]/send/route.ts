import { invoiceIdParams, sendInvoiceSchema } from '@/features/invoices/schema';
import { sendInvoice } from '@/features/invoices/service';
import { methods, routeWithoutTransaction } from '@/lib/http';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: routeWithoutTransaction(
    { name: 'invoices.send', params: invoiceIdParams, body: sendInvoiceSchema, optionalBody: true },
    async ({ workspace, params, body, newTransaction, audit }) => {
      const { invoice, email } = await sendInvoice(newTransaction, workspace, params.id, body ?? {});
      audit('invoice.sent', { invoice_id: invoice.id, kind: email.kind, transport: email.transport, status: invoice.status });
      return { data: { ...invoice, email } };
    },
  ),
});
