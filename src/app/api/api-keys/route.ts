import { apiKeyCreateSchema } from '@/features/api-keys/schema';
import { createApiKey, listApiKeys } from '@/features/api-keys/service';
import { methods, route } from '@/lib/http';

// admins only, and only signed in: a key never lists or makes keys (docs/decisions/0130-api-keys.md)
export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: route(
    { name: 'api_keys.list', summary: "List the workspace's API keys (never the keys themselves).", role: 'admin', apiKey: 'never' },
    async ({ tx, workspace }) => {
      const data = await listApiKeys(tx, workspace);
      return { data, page: { limit: data.length, next_cursor: null, total: data.length } };
    },
  ),
  POST: route(
    {
      name: 'api_keys.create',
      summary: 'Create an API key; the answer holds the key, shown this once.',
      role: 'admin',
      apiKey: 'never',
      body: apiKeyCreateSchema,
      status: 201,
    },
    async ({ tx, workspace, body, audit }) => {
      const created = await createApiKey(tx, workspace, body);
      audit('api_key.created', { workspace_id: workspace.id, key_id: created.id, scopes: created.scopes });
      return { data: created };
    },
  ),
});
