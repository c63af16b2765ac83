import { RECURRING_READ_ONLY, recurringCreateSchema, recurringListQuerySchema } from '@/features/recurring/schema';
import { createRecurring, listRecurring } from '@/features/recurring/service';
import { methods, route } from '@/lib/http';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: route(
    { name: 'recurring_invoices.list', summary: 'List recurring invoice schedules.', query: recurringListQuerySchema },
    async ({ tx, workspace, query }) => listRecurring(tx, workspace, query),
  ),
  POST: route(
    {
      name: 'recurring_invoices.create',
      summary: 'Create a recurring invoice schedule.',
      body: recurringCreateSchema,
      readOnly: RECURRING_READ_ONLY,
      status: 201,
      maxBodyBytes: 512 * 1024,
    },
    async ({ tx, workspace, body, audit }) => {
      const profile = await createRecurring(tx, workspace, body);
      audit('recurring_invoice.created', { recurring_invoice_id: profile.id, frequency: profile.frequency });
      return { data: profile };
    },
  ),
});
