import { invoiceFromTimeSchema } from '@/features/time/schema';
import { invoiceFromTime } from '@/features/time/service';
import { methods, route } from '@/lib/http';

/** The client's unbilled time as a new draft invoice; the entries billed become read-only. */
export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: route(
    { name: 'invoices.from_time', summary: 'Create a draft invoice from unbilled time entries.', body: invoiceFromTimeSchema, status: 201 },
    async ({ tx, workspace, body, audit }) => {
      const invoice = await invoiceFromTime(tx, workspace, body);
      audit('invoice.created_from_time', { invoice_id: invoice.id });
      return { data: invoice };
    },
  ),
});
