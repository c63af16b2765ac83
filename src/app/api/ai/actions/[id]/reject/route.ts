import { aiActionParams } from '@/features/ai/schema';
import { rejectAction } from '@/features/ai/service';
import { methods, route } from '@/lib/http';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  // dropping one's own proposal changes nothing in the workspace: a member made a viewer since may still do it
  POST: route(
    {
      name: 'ai.action.reject',
      apiKey: 'never',
      summary: 'Reject an action the assistant proposed.',
      role: 'viewer',
      params: aiActionParams,
    },
    async ({ tx, workspace, params, audit }) => {
      const result = await rejectAction(tx, workspace, params.id);
      audit('ai.action.reject', { action_id: params.id });
      return result;
    },
  ),
});
