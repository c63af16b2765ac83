import { aiActionParams } from '@/features/ai/schema';
import { undoAction } from '@/features/ai/service';
import { methods, route } from '@/lib/http';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: route(
    { name: 'ai.action.undo', apiKey: 'never', summary: 'Undo an action the assistant applied.', params: aiActionParams },
    async ({ tx, workspace, params, audit }) => {
      const result = await undoAction(tx, workspace, params.id);
      audit('ai.action.undo', { action_id: params.id });
      return result;
    },
  ),
});
