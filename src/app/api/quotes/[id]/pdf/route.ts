import { quoteIdParams } from '@/features/quotes/schema';
import { quotePdf } from '@/features/quotes/service';
import { methods, routeWithoutTransaction } from '@/lib/http';
import { pdfResponse } from '@/lib/pdf/response';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: routeWithoutTransaction(
    { name: 'quotes.pdf', summary: 'Download a quote as PDF.', produces: 'application/pdf', params: quoteIdParams },
    async ({ workspace, params, newTransaction }) => {
      const { filename, pdf } = await quotePdf(newTransaction, workspace, params.id);
      return pdfResponse(pdf, filename);
    },
  ),
});
