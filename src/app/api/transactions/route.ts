import { TRANSACTION_READ_ONLY, transactionCreateSchema, transactionListQuerySchema } from '@/features/transactions/schema';
import { createTransaction, exportTransactionsCsv, listTransactions } from '@/features/transactions/service';
import { methods, route } from '@/lib/http';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: route({ name: 'transactions.list', query: transactionListQuerySchema }, async ({ tx, user, query, newTransaction }) =>
    query.format === 'csv' ? exportTransactionsCsv(newTransaction, user, query) : listTransactions(tx, user, query),
  ),
  POST: route(
    { name: 'transactions.create', body: transactionCreateSchema, readOnly: TRANSACTION_READ_ONLY, status: 201 },
    async ({ tx, user, body, audit }) => {
      const transaction = await createTransaction(tx, user, body);
      audit('transaction.created', { transaction_id: transaction.id, invoice_id: transaction.invoice_id });
      return { data: transaction };
    },
  ),
});
