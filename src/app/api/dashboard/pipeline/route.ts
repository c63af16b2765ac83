import { pipelineQuerySchema } from '@/features/deals/schema';
import { pipelineFigures } from '@/features/deals/service';
import { methods, route } from '@/lib/http';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: route(
    { name: 'dashboard.pipeline', summary: 'Open deals per stage for the dashboard.', query: pipelineQuerySchema },
    async ({ tx, workspace, query }) => ({
      data: await pipelineFigures(tx, workspace, query),
    }),
  ),
});
