import { dealIdParams } from '@/features/deals/schema';
import { invoiceDeal } from '@/features/deals/service';
import { methods, route } from '@/lib/http';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: route(
    { name: 'deals.invoice', summary: 'Create a draft invoice from a deal.', params: dealIdParams, status: 201 },
    async ({ tx, workspace, params, audit }) => {
      const invoice = await invoiceDeal(tx, workspace, params.id);
      audit('deal.invoiced', { deal_id: params.id, invoice_id: invoice.id });
      return { data: invoice };
    },
  ),
});
