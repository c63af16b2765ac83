import { dealIdParams } from '@/features/deals/schema';
import { quoteDeal } from '@/features/deals/service';
import { methods, route } from '@/lib/http';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: route(
    { name: 'deals.quote', summary: 'Create a draft quote from a deal.', params: dealIdParams, status: 201 },
    async ({ tx, workspace, params, audit }) => {
      const quote = await quoteDeal(tx, workspace, params.id);
      audit('deal.quoted', { deal_id: params.id, quote_id: quote.id });
      return { data: quote };
    },
  ),
});
