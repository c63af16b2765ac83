import { contactHubParams } from '@/features/timeline/schema';
import { getContactSummary } from '@/features/timeline/service';
import { methods, route } from '@/lib/http';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: route(
    { name: 'contacts.summary', summary: "A contact's totals: invoiced, paid, open and overdue amounts.", params: contactHubParams },
    async ({ tx, workspace, params }) => ({
      data: await getContactSummary(tx, workspace, params.id),
    }),
  ),
});
