import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local OpenAI-compatible chat completions server (POST /v1/chat/completions)
 * that answers from a script: each request gets the next scripted reply, which
 * may call tools, and every request body is kept for inspection.
 */

export type ScriptStep =
  | { tool_calls: { name: string; arguments: unknown }[] }
  | { content: string }
  | { status: number; body?: string }
  | { delay_ms: number; content: string }
  | ((request: { messages: any[]; tools?: any[] }) => ScriptStep);

export interface FakeOpenAi {
  url: string;
  requests: { messages: any[]; tools?: any[]; model: string; authorization?: string }[];
  script(steps: ScriptStep[]): void;
  close(): Promise<void>;
}

export async function startFakeOpenAi(): Promise<FakeOpenAi> {
  let steps: ScriptStep[] = [];
  const requests: FakeOpenAi['requests'] = [];
  let seq = 0;
  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', async () => {
      if (req.method !== 'POST' || req.url !== '/v1/chat/completions') {
        res.writeHead(404).end();
        return;
      }
      const body = JSON.parse(raw);
      requests.push({ ...body, authorization: req.headers.authorization });
      const next = steps.shift() ?? { content: '(script exhausted)' };
      const step = (typeof next === 'function' ? next(body) : next) as Exclude<ScriptStep, (...args: never[]) => unknown>;
      if ('status' in step) {
        res.writeHead(step.status, { 'content-type': 'application/json' }).end(step.body ?? '{}');
        return;
      }
      if ('delay_ms' in step) await new Promise((r) => setTimeout(r, step.delay_ms));
      const message =
        'tool_calls' in step
          ? {
              role: 'assistant',
              content: null,
              tool_calls: step.tool_calls.map((c) => ({
                id: `call_${++seq}`,
                type: 'function',
                function: { name: c.name, arguments: typeof c.arguments === 'string' ? c.arguments : JSON.stringify(c.arguments) },
              })),
            }
          : { role: 'assistant', content: step.content };
      if (res.destroyed) return;
      res.writeHead(200, { 'content-type': 'application/json' }).end(
        JSON.stringify({
          id: `chatcmpl-${seq}`,
          object: 'chat.completion',
          created: Math.floor(Date.now() / 1000),
          model: body.model,
          choices: [{ index: 0, message, finish_reason: 'tool_calls' in step ? 'tool_calls' : 'stop' }],
          usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
        }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    script: (next) => {
      steps = [...next];
      requests.length = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
