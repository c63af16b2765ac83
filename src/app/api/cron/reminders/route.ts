import { runReminders } from '@/features/invoices/service';
import { authorizeCron } from '@/lib/cron';
import { methods, publicRoute } from '@/lib/http';

/** Vercel Cron calls GET with `Authorization: Bearer $CRON_SECRET`; POST does the same by hand. */
const handler = publicRoute({ name: 'cron.reminders' }, async ({ req, audit }) => {
  authorizeCron(req);
  const started = Date.now();
  const result = await runReminders();
  audit('cron.reminders', { ...result, duration_ms: Date.now() - started });
  return { data: result };
});

export const { GET, POST, PUT, PATCH, DELETE } = methods({ GET: handler, POST: handler });
