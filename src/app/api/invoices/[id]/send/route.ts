import { invoiceIdParams, sendInvoiceSchema } from '@/features/invoices/schema';
import { sendInvoice } from '@/features/invoices/service';
import { requestOrigin } from '@/lib/auth/config';
import { methods, routeWithoutTransaction } from '@/lib/http';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: routeWithoutTransaction(
    {
      name: 'invoices.send',
      summary: 'Email an invoice to its contact (through the email outbox).',
      params: invoiceIdParams,
      body: sendInvoiceSchema,
      optionalBody: true,
    },
    async ({ req, workspace, params, body, newTransaction, audit }) => {
      const origin = requestOrigin(req.nextUrl, req.headers);
      const { invoice, email } = await sendInvoice(newTransaction, workspace, params.id, body ?? {}, origin);
      audit('invoice.sent', { invoice_id: invoice.id, kind: email.kind, transport: email.transport, status: invoice.status });
      return { data: { ...invoice, email } };
    },
  ),
});
