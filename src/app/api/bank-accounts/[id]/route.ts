import { BANK_ACCOUNT_READ_ONLY, bankAccountUpdateSchema, idParams } from '@/features/bank/schema';
import { deleteAccount, getAccount, updateAccount } from '@/features/bank/service';
import { methods, route } from '@/lib/http';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: route(
    { name: 'bank_accounts.get', summary: 'One bank account with its saved CSV column mapping.', params: idParams },
    async ({ tx, workspace, params }) => ({ data: await getAccount(tx, workspace, params.id) }),
  ),
  PUT: route(
    {
      name: 'bank_accounts.update',
      summary: 'Rename a bank account or change its automatic acceptance.',
      params: idParams,
      body: bankAccountUpdateSchema,
      readOnly: BANK_ACCOUNT_READ_ONLY,
    },
    async ({ tx, workspace, params, body, audit }) => {
      const account = await updateAccount(tx, workspace, params.id, body);
      audit('bank_account.updated', { bank_account_id: account.id, fields: Object.keys(body) });
      return { data: account };
    },
  ),
  DELETE: route(
    {
      name: 'bank_accounts.delete',
      summary: 'Delete a bank account and its lines (admins; refused while a line is matched or booked).',
      params: idParams,
      role: 'admin',
    },
    async ({ tx, workspace, params, audit }) => {
      const deleted = await deleteAccount(tx, workspace, params.id);
      audit('bank_account.deleted', { bank_account_id: deleted.id });
      return { data: { id: deleted.id, deleted: true } };
    },
  ),
});
