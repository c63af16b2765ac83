import { toolDefinitions } from '@/features/ai/tools';
import { methods, publicRoute } from '@/lib/http';

/** The assistant's tools as JSON Schema (what an n8n workflow or a model may call). */
export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: publicRoute({ name: 'ai.tools', summary: 'List the assistant tools with their JSON Schema arguments.' }, async () => ({
    data: toolDefinitions(),
  })),
});
