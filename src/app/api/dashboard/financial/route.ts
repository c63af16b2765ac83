import { financialQuerySchema } from '@/features/dashboard/schema';
import { getFinancial } from '@/features/dashboard/service';
import { methods, route } from '@/lib/http';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: route(
    { name: 'dashboard.financial', summary: 'Income, expenses and open amounts per month for the dashboard.', query: financialQuerySchema },
    async ({ tx, workspace, query }) => ({
      data: await getFinancial(tx, workspace, query),
    }),
  ),
});
