import { aiLogListQuerySchema } from '@/features/ai/schema';
import { listLogs } from '@/features/ai/service';
import { methods, route } from '@/lib/http';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: route(
    { name: 'ai.logs', summary: 'List the assistant conversations and tool calls of the workspace.', query: aiLogListQuerySchema },
    async ({ tx, workspace, query }) => listLogs(tx, workspace, query),
  ),
});
