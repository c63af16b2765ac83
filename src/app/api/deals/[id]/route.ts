import { DEAL_READ_ONLY, dealIdParams, dealUpdateSchema } from '@/features/deals/schema';
import { deleteDeal, getDeal, updateDeal } from '@/features/deals/service';
import { methods, route } from '@/lib/http';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: route({ name: 'deals.get', summary: 'Get a deal.', params: dealIdParams }, async ({ tx, workspace, params }) => ({
    data: await getDeal(tx, workspace, params.id),
  })),
  PUT: route(
    {
      name: 'deals.update',
      summary: 'Update a deal (including moving it to another stage).',
      params: dealIdParams,
      body: dealUpdateSchema,
      readOnly: DEAL_READ_ONLY,
    },
    async ({ tx, workspace, params, body, audit }) => {
      const deal = await updateDeal(tx, workspace, params.id, body);
      audit('deal.updated', { deal_id: deal.id, fields: Object.keys(body) });
      return { data: deal };
    },
  ),
  DELETE: route({ name: 'deals.delete', summary: 'Delete a deal.', params: dealIdParams }, async ({ tx, workspace, params, audit }) => {
    const deleted = await deleteDeal(tx, workspace, params.id);
    audit('deal.deleted', { deal_id: deleted.id });
    return { data: { id: deleted.id, deleted: true } };
  }),
});
