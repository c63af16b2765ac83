import { STAGE_READ_ONLY, stageBatchSchema, stageCreateSchema } from '@/features/deals/schema';
import { createStage, listStages, updateStages } from '@/features/deals/service';
import { methods, route } from '@/lib/http';

// Everyone in the workspace reads the stages; admins and the owner manage them (docs/decisions/0100).
export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: route({ name: 'deal_stages.list', summary: 'List the deal stages in pipeline order.' }, async ({ tx, workspace }) => ({
    data: await listStages(tx, workspace),
  })),
  POST: route(
    {
      name: 'deal_stages.create',
      summary: 'Create a deal stage.',
      body: stageCreateSchema,
      readOnly: ['id', ...STAGE_READ_ONLY],
      status: 201,
      role: 'admin',
    },
    async ({ tx, workspace, body, audit }) => {
      const stage = await createStage(tx, workspace, body);
      audit('deal_stage.created', { stage_id: stage.id });
      return { data: stage };
    },
  ),
  PUT: route(
    {
      name: 'deal_stages.update_many',
      summary: 'Rename and reorder the deal stages in one change.',
      body: stageBatchSchema,
      role: 'admin',
    },
    async ({ tx, workspace, body, audit }) => {
      const stages = await updateStages(tx, workspace, body.stages);
      audit('deal_stage.updated', { stage_ids: body.stages.map((s) => s.id) });
      return { data: stages };
    },
  ),
});
