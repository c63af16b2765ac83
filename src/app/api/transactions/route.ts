import { transactionResponse } from '@/features/transactions/response';
import { TRANSACTION_READ_ONLY, transactionCreateSchema, transactionListQuerySchema } from '@/features/transactions/schema';
import { createTransaction, exportTransactionsCsv, listTransactions } from '@/features/transactions/service';
import { methods, route } from '@/lib/http';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: route(
    {
      name: 'transactions.list',
      summary:
        'List transactions, searched, filtered and sorted (JSON or CSV), with the totals of the filtered set (null past 1 000 matches of a search: see /api/transactions/totals).',
      response: transactionResponse,
      query: transactionListQuerySchema,
    },
    async ({ tx, workspace, query, newTransaction }) =>
      query.format === 'csv' ? exportTransactionsCsv(newTransaction, workspace, query) : listTransactions(tx, workspace, query),
  ),
  POST: route(
    {
      name: 'transactions.create',
      summary: 'Record an income or expense transaction.',
      response: transactionResponse,
      body: transactionCreateSchema,
      readOnly: TRANSACTION_READ_ONLY,
      status: 201,
    },
    async ({ tx, workspace, body, audit }) => {
      const transaction = await createTransaction(tx, workspace, body);
      audit('transaction.created', { transaction_id: transaction.id, invoice_id: transaction.invoice_id });
      return { data: transaction };
    },
  ),
});
