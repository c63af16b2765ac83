import { runWebhookPass } from '@/features/webhooks/service';
import { authorizeCron } from '@/lib/cron';
import { methods, publicRoute } from '@/lib/http';

/**
 * One pass of the webhook worker (it also runs every WEBHOOK_POLL_MS in the
 * server): emits invoice.overdue where due and sends every due delivery.
 * `Authorization: Bearer $CRON_SECRET`, like the other scheduled routes.
 */
const handler = publicRoute(
  { name: 'cron.webhooks', summary: 'Send every webhook delivery that is due now (Bearer CRON_SECRET).' },
  async ({ req, audit }) => {
    authorizeCron(req);
    const started = Date.now();
    const result = await runWebhookPass();
    audit('cron.webhooks', { ...result, duration_ms: Date.now() - started });
    return { data: result };
  },
);

export const { GET, POST, PUT, PATCH, DELETE } = methods({ GET: handler, POST: handler });
