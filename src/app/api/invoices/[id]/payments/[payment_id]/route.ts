import { paymentIdParams } from '@/features/invoices/schema';
import { deletePayment } from '@/features/invoices/service';
import { methods, route } from '@/lib/http';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  DELETE: route(
    { name: 'invoices.payments.delete', summary: 'Delete a payment recorded on an invoice.', params: paymentIdParams },
    async ({ tx, workspace, params, audit }) => {
      const deleted = await deletePayment(tx, workspace, params.id, params.payment_id);
      audit('invoice.payment_removed', { invoice_id: params.id, transaction_id: deleted.id });
      return { data: { id: deleted.id, deleted: true } };
    },
  ),
});
