import { statsQuerySchema } from '@/features/dashboard/schema';
import { getStats } from '@/features/dashboard/service';
import { methods, route } from '@/lib/http';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: route(
    { name: 'dashboard.stats', summary: 'Counts and totals for the dashboard cards.', query: statsQuerySchema },
    async ({ tx, workspace }) => ({
      data: await getStats(tx, workspace),
    }),
  ),
});
