import { quoteIdParams } from '@/features/quotes/schema';
import { shareQuote, unshareQuote } from '@/features/quotes/service';
import { requestOrigin } from '@/lib/auth/config';
import { methods, route } from '@/lib/http';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: route(
    { name: 'quotes.share', summary: 'Create (or get) the public link of a quote.', params: quoteIdParams },
    async ({ req, tx, workspace, params, audit }) => {
      const link = await shareQuote(tx, workspace, params.id, requestOrigin(req.nextUrl, req.headers));
      audit('quote.shared', { quote_id: params.id, expires_at: link.expires_at });
      return { data: link };
    },
  ),
  DELETE: route(
    { name: 'quotes.unshare', summary: 'Revoke the public link of a quote.', params: quoteIdParams },
    async ({ tx, workspace, params, audit }) => {
      const result = await unshareQuote(tx, workspace, params.id);
      audit('quote.unshared', { quote_id: params.id, revoked: result.revoked });
      return { data: result };
    },
  ),
});
