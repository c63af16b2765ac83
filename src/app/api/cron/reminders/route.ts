import { reminderRunFailure, runReminders } from '@/features/invoices/service';
import { authorizeCron } from '@/lib/cron';
import { methods, publicRoute } from '@/lib/http';

/**
 * Vercel Cron calls GET with `Authorization: Bearer $CRON_SECRET`; POST does the same by hand.
 * 200 with the counts (`failed`, `failed_accounts` and `account_failures` name partial failures);
 * 503 when something failed and nothing was sent, or when email is not configured.
 */
const handler = publicRoute(
  { name: 'cron.reminders', summary: 'Send the payment reminders that are due (called by the scheduler with CRON_SECRET).' },
  async ({ req, audit }) => {
    authorizeCron(req);
    const started = Date.now();
    const result = await runReminders();
    audit('cron.reminders', { ...result, duration_ms: Date.now() - started });
    const failure = reminderRunFailure(result);
    if (failure) throw failure;
    return { data: result };
  },
);

export const { GET, POST, PUT, PATCH, DELETE } = methods({ GET: handler, POST: handler });
