import { exportAccount } from '@/features/portability/service';
import { methods, routeWithoutTransaction } from '@/lib/http';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: routeWithoutTransaction(
    {
      name: 'account.export',
      summary: 'Download the whole workspace as a ZIP archive (data.json and files).',
      produces: 'application/zip',
      role: 'admin',
    },
    async ({ workspace, newTransaction, requestId, audit }) => {
      const { response, counts } = await exportAccount(newTransaction, workspace, requestId);
      audit('account.exported', { rows: counts });
      return response;
    },
  ),
});
