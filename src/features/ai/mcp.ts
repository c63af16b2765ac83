import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { WebStandardStreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js';
import { CallToolRequestSchema, type CallToolResult, ListToolsRequestSchema } from '@modelcontextprotocol/sdk/types.js';
import type { ToolDefinition } from './tools';

/**
 * The Model Context Protocol server (docs/decisions/0131-mcp-server.md): the
 * official SDK's server over its Web-standard Streamable HTTP transport,
 * stateless (a new server per request, JSON answers, no session), offering
 * the assistant's typed tools with their JSON Schemas. This module speaks the
 * protocol only; what a call does is `call`, given by the service.
 */

export const MCP_SERVER_NAME = 'ledgerly';
export const MCP_SERVER_VERSION = '1.0.0';

/** What a tool call came to, as the MCP client reads it. */
export type McpAnswer = { text: string; isError?: boolean; structured?: Record<string, unknown> };

export interface McpHandlers {
  tools: ToolDefinition[];
  call(name: string, args: Record<string, unknown>, client: string): Promise<McpAnswer>;
}

export async function serveMcp(request: Request, body: unknown, handlers: McpHandlers): Promise<Response> {
  const server = new Server(
    { name: MCP_SERVER_NAME, version: MCP_SERVER_VERSION },
    {
      capabilities: { tools: {} },
      instructions:
        'Ledgerly, a CRM and back office: contacts, tasks, invoices, quotes, deals, time and money. Read tools answer at once. ' +
        'Write tools propose a change that the user confirms in Ledgerly (unless the key may apply changes directly).',
    },
  );
  server.setRequestHandler(ListToolsRequestSchema, async () => ({
    tools: handlers.tools.map((tool) => ({
      name: tool.name,
      description: tool.description,
      inputSchema: { ...tool.parameters, type: 'object' as const },
      annotations: { readOnlyHint: tool.kind === 'read' },
    })),
  }));
  server.setRequestHandler(CallToolRequestSchema, async (req): Promise<CallToolResult> => {
    const client = server.getClientVersion()?.name ?? 'MCP client';
    const answer = await handlers.call(req.params.name, req.params.arguments ?? {}, client);
    return {
      content: [{ type: 'text', text: answer.text }],
      ...(answer.structured ? { structuredContent: answer.structured } : {}),
      ...(answer.isError ? { isError: true } : {}),
    };
  });
  const transport = new WebStandardStreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableJsonResponse: true });
  await server.connect(transport);
  try {
    return await transport.handleRequest(request, { parsedBody: body });
  } finally {
    await server.close();
  }
}
