import { bookSchema, idParams } from '@/features/bank/schema';
import { bookLine } from '@/features/bank/service';
import { methods, route } from '@/lib/http';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: route(
    {
      name: 'bank_lines.book',
      summary: 'Book a bank line as a transaction in a category (an expense when money went out).',
      params: idParams,
      body: bookSchema,
    },
    async ({ tx, workspace, params, body, audit }) => {
      const line = await bookLine(tx, workspace, params.id, body);
      audit('bank_line.booked', { bank_line_id: line.id, transaction_id: line.transaction_id });
      return { data: line };
    },
  ),
});
