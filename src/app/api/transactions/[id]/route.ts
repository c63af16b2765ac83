import { transactionResponse } from '@/features/transactions/response';
import { TRANSACTION_READ_ONLY, transactionIdParams, transactionUpdateSchema } from '@/features/transactions/schema';
import { deleteTransaction, getTransaction, updateTransaction } from '@/features/transactions/service';
import { methods, route } from '@/lib/http';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: route(
    { name: 'transactions.get', summary: 'Get a transaction.', response: transactionResponse, params: transactionIdParams },
    async ({ tx, workspace, params }) => ({
      data: await getTransaction(tx, workspace, params.id),
    }),
  ),
  PUT: route(
    {
      name: 'transactions.update',
      summary: 'Update a transaction.',
      response: transactionResponse,
      params: transactionIdParams,
      body: transactionUpdateSchema,
      readOnly: TRANSACTION_READ_ONLY,
    },
    async ({ tx, workspace, params, body, audit }) => {
      const transaction = await updateTransaction(tx, workspace, params.id, body);
      audit('transaction.updated', { transaction_id: transaction.id, fields: Object.keys(body) });
      return { data: transaction };
    },
  ),
  DELETE: route(
    { name: 'transactions.delete', summary: 'Delete a transaction.', params: transactionIdParams },
    async ({ tx, workspace, params, audit }) => {
      const deleted = await deleteTransaction(tx, workspace, params.id);
      audit('transaction.deleted', { transaction_id: deleted.id });
      return { data: { id: deleted.id, deleted: true } };
    },
  ),
});
