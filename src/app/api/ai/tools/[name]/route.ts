import { toolArgsBody, toolNameParams } from '@/features/ai/schema';
import { runToolWithToken } from '@/features/ai/service';
import { methods, publicRoute } from '@/lib/http';

/** Called back by an n8n workflow with the tool token of one question. */
export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: publicRoute(
    {
      name: 'ai.tool',
      summary: 'Run one assistant tool with its arguments (the n8n and automation entry point).',
      params: toolNameParams,
      body: toolArgsBody,
    },
    async ({ req, params, body }) =>
      runToolWithToken(/^Bearer\s+(\S+)$/i.exec(req.headers.get('authorization') ?? '')?.[1], params.name, body),
  ),
});
