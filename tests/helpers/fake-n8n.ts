import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local HTTP server acting as an n8n webhook: it checks the shared secret,
 * reads `{ query, user, tool_token, tools_url, history }`, calls the app's
 * tool endpoints back with the token as the workflow's HTTP Request tools do,
 * and answers `{ response, action_taken }`. What it does per request comes
 * from a handler the test sets (including slow and broken behaviours).
 */

export interface WebhookCall {
  headers: http.IncomingHttpHeaders;
  body: { query: string; user: any; tool_token: string; tools_url: string; history: any[] };
}

export type ToolResult = { status: number; body: any };

export interface WebhookContext {
  call: WebhookCall;
  tool(name: string, args?: unknown, token?: string): Promise<ToolResult>;
  respond(status: number, body: unknown, contentType?: string): void;
}

export interface FakeN8n {
  url: string;
  secret: string;
  calls: WebhookCall[];
  handle(fn: (ctx: WebhookContext) => Promise<void> | void): void;
  close(): Promise<void>;
}

export async function startFakeN8n(secret: string): Promise<FakeN8n> {
  let handler: (ctx: WebhookContext) => Promise<void> | void = (ctx) => ctx.respond(200, { response: 'ok', action_taken: null });
  const calls: WebhookCall[] = [];
  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', async () => {
      if (req.headers['x-ledgerly-secret'] !== secret) {
        res.writeHead(401, { 'content-type': 'application/json' }).end('{"message":"Authorization data is wrong!"}');
        return;
      }
      const call: WebhookCall = { headers: req.headers, body: JSON.parse(raw) };
      calls.push(call);
      const ctx: WebhookContext = {
        call,
        async tool(name, args = {}, token = call.body.tool_token) {
          const response = await fetch(`${call.body.tools_url}/${name}`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
            body: JSON.stringify(args),
          });
          return { status: response.status, body: await response.json() };
        },
        respond(status, body, contentType = 'application/json') {
          if (res.headersSent || res.destroyed) return;
          res.writeHead(status, { 'content-type': contentType }).end(typeof body === 'string' ? body : JSON.stringify(body));
        },
      };
      try {
        await handler(ctx);
      } catch (error) {
        ctx.respond(500, { message: (error as Error).message });
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/webhook/ledgerly-assistant`,
    secret,
    calls,
    handle: (fn) => {
      handler = fn;
      calls.length = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
