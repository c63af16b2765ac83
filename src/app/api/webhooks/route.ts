import { WEBHOOK_READ_ONLY, webhookCreateSchema, webhookListQuerySchema } from '@/features/webhooks/schema';
import { createWebhook, listWebhooks } from '@/features/webhooks/service';
import { methods, route } from '@/lib/http';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: route(
    { name: 'webhooks.list', summary: "List the workspace's webhook endpoints (admins).", query: webhookListQuerySchema, role: 'admin' },
    async ({ tx, workspace, query }) => listWebhooks(tx, workspace, query),
  ),
  POST: route(
    {
      name: 'webhooks.create',
      summary: 'Add a webhook endpoint; the answer carries its signing secret, shown this once (admins).',
      body: webhookCreateSchema,
      readOnly: WEBHOOK_READ_ONLY,
      status: 201,
      role: 'admin',
    },
    async ({ tx, workspace, body, audit }) => {
      const endpoint = await createWebhook(tx, workspace, body);
      audit('webhook.created', { webhook_id: endpoint.id, events: endpoint.events });
      return { data: endpoint };
    },
  ),
});
