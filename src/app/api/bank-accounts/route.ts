import { BANK_ACCOUNT_READ_ONLY, bankAccountCreateSchema } from '@/features/bank/schema';
import { createAccount, listAccounts } from '@/features/bank/service';
import { methods, route } from '@/lib/http';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: route(
    { name: 'bank_accounts.list', summary: 'List the workspace’s bank accounts (account numbers masked).' },
    async ({ tx, workspace }) => ({
      data: await listAccounts(tx, workspace),
    }),
  ),
  POST: route(
    {
      name: 'bank_accounts.create',
      summary: 'Add a bank account to import statements into.',
      body: bankAccountCreateSchema,
      readOnly: BANK_ACCOUNT_READ_ONLY,
      status: 201,
    },
    async ({ tx, workspace, body, audit }) => {
      const account = await createAccount(tx, workspace, body);
      audit('bank_account.created', { bank_account_id: account.id });
      return { data: account };
    },
  ),
});
