import { transactionSummaryResponse } from '@/features/transactions/response';
import { transactionTotalsQuerySchema } from '@/features/transactions/schema';
import { transactionSummary } from '@/features/transactions/service';
import { methods, routeWithoutTransaction } from '@/lib/http';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: routeWithoutTransaction(
    {
      name: 'transactions.totals',
      summary: 'The exact count, income, expense and net of every transaction matching the list filters.',
      response: transactionSummaryResponse,
      query: transactionTotalsQuerySchema,
    },
    async ({ workspace, query, newTransaction }) => ({ data: await transactionSummary(newTransaction, workspace, query) }),
  ),
});
