import { categoryQuerySchema } from '@/features/transactions/schema';
import { usedCategories } from '@/features/transactions/service';
import { methods, route } from '@/lib/http';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: route(
    { name: 'transactions.categories', summary: 'List the transaction categories in use.', query: categoryQuerySchema },
    async ({ tx, workspace, query }) => ({
      data: await usedCategories(tx, workspace, query.type),
    }),
  ),
});
