import { DEAL_READ_ONLY, dealCreateSchema, dealListQuerySchema } from '@/features/deals/schema';
import { createDeal, exportDealsCsv, listDeals } from '@/features/deals/service';
import { methods, route } from '@/lib/http';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: route(
    { name: 'deals.list', summary: 'List deals, searched, filtered and sorted.', query: dealListQuerySchema },
    async ({ tx, workspace, query, newTransaction }) =>
      query.format === 'csv' ? exportDealsCsv(newTransaction, workspace, query) : listDeals(tx, workspace, query),
  ),
  POST: route(
    { name: 'deals.create', summary: 'Create a deal.', body: dealCreateSchema, readOnly: DEAL_READ_ONLY, status: 201 },
    async ({ tx, workspace, body, audit }) => {
      const deal = await createDeal(tx, workspace, body);
      audit('deal.created', { deal_id: deal.id });
      return { data: deal };
    },
  ),
});
