import { quoteIdParams } from '@/features/quotes/schema';
import { convertQuote } from '@/features/quotes/service';
import { methods, route } from '@/lib/http';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: route(
    { name: 'quotes.convert', summary: 'Convert an accepted quote into an invoice.', params: quoteIdParams, status: 201 },
    async ({ tx, workspace, params, audit }) => {
      const invoice = await convertQuote(tx, workspace, params.id);
      audit('quote.converted', { quote_id: params.id, invoice_id: invoice.id, invoice_number: invoice.invoice_number });
      return { data: invoice };
    },
  ),
});
