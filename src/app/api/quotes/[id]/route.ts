import { QUOTE_READ_ONLY, quoteIdParams, quoteUpdateSchema } from '@/features/quotes/schema';
import { deleteQuote, getQuote, updateQuote } from '@/features/quotes/service';
import { methods, route } from '@/lib/http';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: route(
    { name: 'quotes.get', summary: 'Get a quote with its items and totals.', params: quoteIdParams },
    async ({ tx, workspace, params }) => ({
      data: await getQuote(tx, workspace, params.id),
    }),
  ),
  PUT: route(
    {
      name: 'quotes.update',
      summary: 'Update a quote.',
      params: quoteIdParams,
      body: quoteUpdateSchema,
      readOnly: QUOTE_READ_ONLY,
      maxBodyBytes: 512 * 1024,
    },
    async ({ tx, workspace, params, body, audit }) => {
      const quote = await updateQuote(tx, workspace, params.id, body);
      audit('quote.updated', { quote_id: quote.id, fields: Object.keys(body), status: quote.status });
      return { data: quote };
    },
  ),
  DELETE: route(
    { name: 'quotes.delete', summary: 'Delete a draft quote.', params: quoteIdParams },
    async ({ tx, workspace, params, audit }) => {
      const deleted = await deleteQuote(tx, workspace, params.id);
      audit('quote.deleted', { quote_id: deleted.id });
      return { data: { id: deleted.id, deleted: true } };
    },
  ),
});
