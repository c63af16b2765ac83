import { idParams, matchSchema } from '@/features/bank/schema';
import { matchLine } from '@/features/bank/service';
import { methods, route } from '@/lib/http';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: route(
    {
      name: 'bank_lines.match',
      summary: 'Record an incoming bank line as a payment of an invoice (partial with amount) and link them.',
      params: idParams,
      body: matchSchema,
    },
    async ({ tx, workspace, params, body, audit }) => {
      const line = await matchLine(tx, workspace, params.id, body);
      audit('bank_line.matched', { bank_line_id: line.id, invoice_id: line.invoice_id, payment_id: line.payment_id });
      return { data: line };
    },
  ),
});
