import { aiActionParams } from '@/features/ai/schema';
import { confirmAction } from '@/features/ai/service';
import { methods, route } from '@/lib/http';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: route(
    { name: 'ai.action.confirm', apiKey: 'never', summary: 'Apply an action the assistant proposed.', params: aiActionParams },
    async ({ tx, workspace, params, audit }) => {
      const result = await confirmAction(tx, workspace, params.id);
      audit('ai.action.confirm', { action_id: params.id });
      return result;
    },
  ),
});
