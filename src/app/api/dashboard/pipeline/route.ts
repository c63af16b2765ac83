import { pipelineQuerySchema } from '@/features/deals/schema';
import { pipelineFigures } from '@/features/deals/service';
import { methods, route } from '@/lib/http';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: route({ name: 'dashboard.pipeline', query: pipelineQuerySchema }, async ({ tx, workspace, query }) => ({
    data: await pipelineFigures(tx, workspace, query),
  })),
});
