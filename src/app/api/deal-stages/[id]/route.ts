import { dealIdParams, STAGE_READ_ONLY, stageDeleteQuerySchema, stageUpdateSchema } from '@/features/deals/schema';
import { deleteStage, listStages, updateStage } from '@/features/deals/service';
import { errors } from '@/lib/errors';
import { methods, route } from '@/lib/http';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: route({ name: 'deal_stages.get', summary: 'Get a deal stage.', params: dealIdParams }, async ({ tx, workspace, params }) => {
    const stage = (await listStages(tx, workspace)).find((s) => s.id === params.id);
    if (!stage) throw errors.notFound('Stage');
    return { data: stage };
  }),
  PUT: route(
    {
      name: 'deal_stages.update',
      summary: 'Update a deal stage.',
      params: dealIdParams,
      body: stageUpdateSchema,
      readOnly: ['id', ...STAGE_READ_ONLY],
      role: 'admin',
    },
    async ({ tx, workspace, params, body, audit }) => {
      const stage = await updateStage(tx, workspace, params.id, body);
      audit('deal_stage.updated', { stage_id: stage.id, fields: Object.keys(body) });
      return { data: stage };
    },
  ),
  DELETE: route(
    {
      name: 'deal_stages.delete',
      summary: 'Delete a deal stage, moving its deals to another stage.',
      params: dealIdParams,
      query: stageDeleteQuerySchema,
      role: 'admin',
    },
    async ({ tx, workspace, params, query, audit }) => {
      const deleted = await deleteStage(tx, workspace, params.id, query.move_to);
      audit('deal_stage.deleted', { stage_id: deleted.id, moved: deleted.moved });
      return { data: { id: deleted.id, deleted: true, moved: deleted.moved } };
    },
  ),
});
