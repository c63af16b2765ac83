import { financialQuerySchema } from '@/features/dashboard/schema';
import { getFinancial } from '@/features/dashboard/service';
import { methods, route } from '@/lib/http';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: route({ name: 'dashboard.financial', query: financialQuerySchema }, async ({ tx, workspace, query }) => ({
    data: await getFinancial(tx, workspace, query),
  })),
});
