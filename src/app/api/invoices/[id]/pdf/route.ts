import { invoiceIdParams } from '@/features/invoices/schema';
import { invoicePdf } from '@/features/invoices/service';
import { methods, routeWithoutTransaction } from '@/lib/http';
import { pdfResponse } from '@/lib/pdf/response';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: routeWithoutTransaction(
    { name: 'invoices.pdf', summary: 'Download an invoice as PDF.', produces: 'application/pdf', params: invoiceIdParams },
    async ({ workspace, params, newTransaction }) => {
      const { filename, pdf } = await invoicePdf(newTransaction, workspace, params.id);
      return pdfResponse(pdf, filename);
    },
  ),
});
