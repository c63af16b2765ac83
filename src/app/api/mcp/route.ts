import { handleMcp } from '@/features/ai/service';
import { methods, routeWithoutTransaction } from '@/lib/http';
import { ApiError } from '@/lib/errors';

// MCP over Streamable HTTP, stateless: POST only (no server-sent stream, no session to end: 405)
export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: routeWithoutTransaction(
    {
      name: 'mcp',
      summary: "The MCP server (Streamable HTTP): the assistant's tools for an MCP client, authenticated by an API key.",
      apiKey: 'read',
      role: 'viewer',
      rawBody: true,
      maxBodyBytes: 256 * 1024,
    },
    async ({ req, rawBody, session, workspace, newTransaction }) => {
      if (!session.apiKey) {
        throw new ApiError('unauthorized', 'The MCP server takes an API key: Authorization: Bearer <key>.', undefined, {
          'WWW-Authenticate': 'Bearer',
        });
      }
      let body: unknown;
      try {
        body = JSON.parse(rawBody ?? '');
      } catch (error) {
        throw new ApiError('invalid_json', `The request body is not valid JSON (${(error as Error).message}).`);
      }
      const request = new Request(req.url, { method: 'POST', headers: req.headers, body: rawBody });
      return handleMcp({ request, body, user: workspace, newTransaction, scopes: session.apiKey.scopes });
    },
  ),
});
