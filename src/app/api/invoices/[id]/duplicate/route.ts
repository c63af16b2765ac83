import { invoiceIdParams } from '@/features/invoices/schema';
import { duplicateInvoice } from '@/features/invoices/service';
import { methods, route } from '@/lib/http';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: route(
    { name: 'invoices.duplicate', summary: 'Duplicate an invoice as a new draft.', params: invoiceIdParams, status: 201 },
    async ({ tx, workspace, params, audit }) => {
      const invoice = await duplicateInvoice(tx, workspace, params.id);
      audit('invoice.duplicated', { invoice_id: invoice.id, invoice_number: invoice.invoice_number, from: params.id });
      return { data: invoice };
    },
  ),
});
