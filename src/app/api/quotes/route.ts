import { QUOTE_READ_ONLY, quoteCreateSchema, quoteListQuerySchema } from '@/features/quotes/schema';
import { createQuote, exportQuotesCsv, listQuotes } from '@/features/quotes/service';
import { methods, route } from '@/lib/http';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: route(
    { name: 'quotes.list', summary: 'List quotes, searched, filtered and sorted.', query: quoteListQuerySchema },
    async ({ tx, workspace, query, newTransaction }) =>
      query.format === 'csv' ? exportQuotesCsv(newTransaction, workspace, query) : listQuotes(tx, workspace, query),
  ),
  POST: route(
    {
      name: 'quotes.create',
      summary: 'Create a quote with its items.',
      body: quoteCreateSchema,
      readOnly: QUOTE_READ_ONLY,
      status: 201,
      maxBodyBytes: 512 * 1024,
    },
    async ({ tx, workspace, body, audit }) => {
      const quote = await createQuote(tx, workspace, body);
      audit('quote.created', { quote_id: quote.id, quote_number: quote.quote_number, items: quote.items.length });
      return { data: quote };
    },
  ),
});
