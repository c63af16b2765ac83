import { sendInvoiceSchema } from '@/features/invoices/schema';
import { quoteIdParams } from '@/features/quotes/schema';
import { sendQuote } from '@/features/quotes/service';
import { requestOrigin } from '@/lib/auth/config';
import { methods, routeWithoutTransaction } from '@/lib/http';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: routeWithoutTransaction(
    {
      name: 'quotes.send',
      summary: 'Email a quote to its contact (through the email outbox).',
      params: quoteIdParams,
      body: sendInvoiceSchema,
      optionalBody: true,
    },
    async ({ req, workspace, params, body, newTransaction, audit }) => {
      const origin = requestOrigin(req.nextUrl, req.headers);
      const { quote, email } = await sendQuote(newTransaction, workspace, params.id, body ?? {}, origin);
      audit('quote.sent', { quote_id: quote.id, transport: email.transport, status: quote.status });
      return { data: { ...quote, email } };
    },
  ),
});
