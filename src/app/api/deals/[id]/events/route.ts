import { dealIdParams } from '@/features/deals/schema';
import { dealEvents } from '@/features/deals/service';
import { methods, route } from '@/lib/http';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: route(
    { name: 'deals.events', summary: "A deal's history of stage changes and edits.", params: dealIdParams },
    async ({ tx, workspace, params }) => ({
      data: await dealEvents(tx, workspace, params.id),
    }),
  ),
});
