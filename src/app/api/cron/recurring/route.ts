import { runRecurring } from '@/features/recurring/service';
import { authorizeCron } from '@/lib/cron';
import { methods, publicRoute } from '@/lib/http';

/**
 * Vercel Cron calls GET with `Authorization: Bearer $CRON_SECRET`; POST does the same by hand.
 * 200 with the counts (`failed`, `failed_workspaces` and `workspace_failures` name partial failures).
 */
const handler = publicRoute(
  { name: 'cron.recurring', summary: 'Issue the recurring invoices that are due (called by the scheduler with CRON_SECRET).' },
  async ({ req, audit }) => {
    authorizeCron(req);
    const started = Date.now();
    const result = await runRecurring();
    audit('cron.recurring', { ...result, duration_ms: Date.now() - started });
    return { data: result };
  },
);

export const { GET, POST, PUT, PATCH, DELETE } = methods({ GET: handler, POST: handler });
