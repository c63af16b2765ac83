import { invoiceDetailResponse, invoiceResponse } from '@/features/invoices/response';
import { INVOICE_READ_ONLY, invoiceCreateSchema, invoiceListQuerySchema } from '@/features/invoices/schema';
import { createInvoice, exportInvoicesCsv, listInvoices } from '@/features/invoices/service';
import { methods, route } from '@/lib/http';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: route(
    {
      name: 'invoices.list',
      summary: 'List invoices, searched, filtered and sorted (JSON or CSV).',
      response: invoiceResponse,
      query: invoiceListQuerySchema,
    },
    async ({ tx, workspace, query, newTransaction }) =>
      query.format === 'csv' ? exportInvoicesCsv(newTransaction, workspace, query) : listInvoices(tx, workspace, query),
  ),
  POST: route(
    {
      name: 'invoices.create',
      summary: 'Create an invoice with its items.',
      response: invoiceDetailResponse,
      body: invoiceCreateSchema,
      readOnly: INVOICE_READ_ONLY,
      status: 201,
      maxBodyBytes: 512 * 1024,
    },
    async ({ tx, workspace, body, audit }) => {
      const invoice = await createInvoice(tx, workspace, body);
      audit('invoice.created', { invoice_id: invoice.id, invoice_number: invoice.invoice_number, items: invoice.items.length });
      return { data: invoice };
    },
  ),
});
