import { invoiceIdParams, paymentCreateSchema } from '@/features/invoices/schema';
import { getInvoice, recordPayment } from '@/features/invoices/service';
import { methods, route } from '@/lib/http';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: route(
    { name: 'invoices.payments.list', summary: "List an invoice's payments.", params: invoiceIdParams },
    async ({ tx, workspace, params }) => {
      const { payments } = await getInvoice(tx, workspace, params.id);
      return { data: payments, page: { limit: 200, next_cursor: null, total: payments.length } };
    },
  ),
  POST: route(
    {
      name: 'invoices.payments.create',
      summary: 'Record a payment on an invoice.',
      params: invoiceIdParams,
      body: paymentCreateSchema,
      readOnly: ['id', 'invoice_id', 'type'],
      status: 201,
    },
    async ({ tx, workspace, params, body, audit }) => {
      const payment = await recordPayment(tx, workspace, params.id, body);
      audit('invoice.payment_recorded', { invoice_id: params.id, transaction_id: payment.id, status: payment.invoice.status });
      return { data: payment };
    },
  ),
});
