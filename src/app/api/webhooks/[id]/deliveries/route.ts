import { deliveryListQuerySchema, webhookIdParams } from '@/features/webhooks/schema';
import { listDeliveries } from '@/features/webhooks/service';
import { methods, route } from '@/lib/http';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: route(
    {
      name: 'webhooks.deliveries',
      summary: "A webhook endpoint's delivery log, newest first, with each attempt's status code and time (admins).",
      params: webhookIdParams,
      query: deliveryListQuerySchema,
      role: 'admin',
    },
    async ({ tx, workspace, params, query }) => listDeliveries(tx, workspace, params.id, query),
  ),
});
