import { deliveryIdParams } from '@/features/webhooks/schema';
import { redeliverDelivery } from '@/features/webhooks/service';
import { methods, route } from '@/lib/http';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: route(
    {
      name: 'webhooks.redeliver',
      summary: 'Send a delivery again now, with the same event id, for a new series of attempts (admins).',
      params: deliveryIdParams,
      role: 'admin',
    },
    async ({ tx, workspace, params, audit }) => {
      const delivery = await redeliverDelivery(tx, workspace, params.id, params.delivery_id);
      audit('webhook.redelivered', { webhook_id: params.id, delivery_id: delivery.id });
      return { data: delivery };
    },
  ),
});
