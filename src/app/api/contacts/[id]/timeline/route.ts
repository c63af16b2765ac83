import { contactHubParams, timelineQuerySchema } from '@/features/timeline/schema';
import { getTimeline } from '@/features/timeline/service';
import { methods, route } from '@/lib/http';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: route(
    {
      name: 'contacts.timeline',
      summary: "A contact's timeline: notes, tasks, invoices, quotes and payments by date.",
      params: contactHubParams,
      query: timelineQuerySchema,
    },
    async ({ tx, workspace, params, query }) => getTimeline(tx, workspace, params.id, query),
  ),
});
