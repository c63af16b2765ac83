import { dealTotalsQuerySchema } from '@/features/deals/schema';
import { dealTotals } from '@/features/deals/service';
import { methods, route } from '@/lib/http';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: route(
    { name: 'deals.totals', summary: 'Totals of the open deals per stage and currency.', query: dealTotalsQuerySchema },
    async ({ tx, workspace, query }) => ({
      data: await dealTotals(tx, workspace, query),
    }),
  ),
});
