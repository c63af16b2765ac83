import { apiKeyIdParams } from '@/features/api-keys/schema';
import { revokeApiKey } from '@/features/api-keys/service';
import { methods, route } from '@/lib/http';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  DELETE: route(
    {
      name: 'api_keys.revoke',
      summary: 'Revoke an API key at once; it stays listed as revoked.',
      role: 'admin',
      apiKey: 'never',
      params: apiKeyIdParams,
    },
    async ({ tx, workspace, params, audit }) => {
      const revoked = await revokeApiKey(tx, workspace, params.id);
      audit('api_key.revoked', { workspace_id: workspace.id, key_id: revoked.id });
      return { data: revoked };
    },
  ),
});
