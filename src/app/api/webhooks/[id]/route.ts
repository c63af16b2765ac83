import { WEBHOOK_READ_ONLY, webhookIdParams, webhookUpdateSchema } from '@/features/webhooks/schema';
import { deleteWebhook, getWebhook, updateWebhook } from '@/features/webhooks/service';
import { methods, route } from '@/lib/http';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: route(
    { name: 'webhooks.get', summary: 'One webhook endpoint, without its secret (admins).', params: webhookIdParams, role: 'admin' },
    async ({ tx, workspace, params }) => ({ data: await getWebhook(tx, workspace, params.id) }),
  ),
  PUT: route(
    {
      name: 'webhooks.update',
      summary: "Change a webhook endpoint's URL or events, or disable or re-enable it (admins).",
      params: webhookIdParams,
      body: webhookUpdateSchema,
      readOnly: WEBHOOK_READ_ONLY,
      role: 'admin',
    },
    async ({ tx, workspace, params, body, audit }) => {
      const endpoint = await updateWebhook(tx, workspace, params.id, body);
      audit('webhook.updated', { webhook_id: endpoint.id, fields: Object.keys(body) });
      return { data: endpoint };
    },
  ),
  DELETE: route(
    {
      name: 'webhooks.delete',
      summary: 'Delete a webhook endpoint and its delivery log (admins).',
      params: webhookIdParams,
      role: 'admin',
    },
    async ({ tx, workspace, params, audit }) => {
      const deleted = await deleteWebhook(tx, workspace, params.id);
      audit('webhook.deleted', { webhook_id: deleted.id });
      return { data: { id: deleted.id, deleted: true } };
    },
  ),
});
