import { RECURRING_READ_ONLY, recurringIdParams, recurringUpdateSchema } from '@/features/recurring/schema';
import { getRecurring, removeRecurring, updateRecurring } from '@/features/recurring/service';
import { methods, route } from '@/lib/http';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: route(
    { name: 'recurring_invoices.get', summary: 'Get a recurring invoice schedule.', params: recurringIdParams },
    async ({ tx, workspace, params }) => ({
      data: await getRecurring(tx, workspace, params.id),
    }),
  ),
  PUT: route(
    {
      name: 'recurring_invoices.update',
      summary: 'Update a recurring invoice schedule.',
      params: recurringIdParams,
      body: recurringUpdateSchema,
      readOnly: RECURRING_READ_ONLY,
      maxBodyBytes: 512 * 1024,
    },
    async ({ tx, workspace, params, body, audit }) => {
      const profile = await updateRecurring(tx, workspace, params.id, body);
      audit('recurring_invoice.updated', { recurring_invoice_id: profile.id, fields: Object.keys(body), status: profile.status });
      return { data: profile };
    },
  ),
  DELETE: route(
    { name: 'recurring_invoices.delete', summary: 'Delete a recurring invoice schedule.', params: recurringIdParams },
    async ({ tx, workspace, params, audit }) => {
      const deleted = await removeRecurring(tx, workspace, params.id);
      audit('recurring_invoice.deleted', { recurring_invoice_id: deleted.id });
      return { data: { id: deleted.id, deleted: true } };
    },
  ),
});
