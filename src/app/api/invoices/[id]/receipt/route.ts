import { invoiceIdParams, sendReceiptSchema } from '@/features/invoices/schema';
import { sendReceipt } from '@/features/invoices/service';
import { methods, routeWithoutTransaction } from '@/lib/http';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: routeWithoutTransaction(
    {
      name: 'invoices.receipt',
      summary: 'Email a receipt for a paid invoice.',
      params: invoiceIdParams,
      body: sendReceiptSchema,
      optionalBody: true,
    },
    async ({ workspace, params, body, newTransaction, audit }) => {
      const { invoice, email } = await sendReceipt(newTransaction, workspace, params.id, body ?? {});
      audit('invoice.receipt_sent', { invoice_id: invoice.id, transport: email.transport, recipients: email.recipients });
      return { data: { ...invoice, email } };
    },
  ),
});
