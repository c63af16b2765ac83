import { invoiceDetailResponse } from '@/features/invoices/response';
import { INVOICE_READ_ONLY, invoiceIdParams, invoiceUpdateSchema } from '@/features/invoices/schema';
import { deleteInvoice, getInvoice, updateInvoice } from '@/features/invoices/service';
import { methods, route } from '@/lib/http';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: route(
    {
      name: 'invoices.get',
      summary: 'Get an invoice with its items, payments and totals.',
      response: invoiceDetailResponse,
      params: invoiceIdParams,
    },
    async ({ tx, workspace, params }) => ({
      data: await getInvoice(tx, workspace, params.id),
    }),
  ),
  PUT: route(
    {
      name: 'invoices.update',
      summary: 'Update an invoice.',
      response: invoiceDetailResponse,
      params: invoiceIdParams,
      body: invoiceUpdateSchema,
      readOnly: INVOICE_READ_ONLY,
      maxBodyBytes: 512 * 1024,
    },
    async ({ tx, workspace, params, body, audit }) => {
      const invoice = await updateInvoice(tx, workspace, params.id, body);
      audit('invoice.updated', { invoice_id: invoice.id, fields: Object.keys(body), status: invoice.status });
      return { data: invoice };
    },
  ),
  DELETE: route(
    { name: 'invoices.delete', summary: 'Delete a draft invoice.', params: invoiceIdParams },
    async ({ tx, workspace, params, audit }) => {
      const deleted = await deleteInvoice(tx, workspace, params.id);
      audit('invoice.deleted', { invoice_id: deleted.id });
      return { data: { id: deleted.id, deleted: true } };
    },
  ),
});
