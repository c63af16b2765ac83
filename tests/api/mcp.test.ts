import { Client as McpClient } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Client, signIn } from '../helpers/client';
import { shareWorkspace } from '../helpers/api';

/**
 * The MCP server end to end with the official SDK's own client, on both
 * backends (docs/decisions/0131-mcp-server.md): list the tools, call a read
 * tool, propose create_task, see the proposal in the creator's assistant and
 * confirm it there with the session, see the task; a read key proposes
 * nothing; a write:direct key applies at once; no key, a bad key or a session
 * token is a 401.
 */

const backends = inject('backends');

type Person = Awaited<ReturnType<typeof signIn>>;

const text = (result: any): string => (result.content as { type: string; text: string }[]).map((c) => c.text).join('\n');

describe.each(backends)('MCP server on $name', (backend) => {
  let owner: Person;
  let W: string;
  const open: McpClient[] = [];
  const marker = `Mcp-${Math.random().toString(36).slice(2, 8)}`;

  async function keyWith(scopes: string[]): Promise<string> {
    const res = await owner.post('/api/api-keys', { name: `MCP ${scopes.join('+')}`, scopes });
    expect(res.status, res.text).toBe(201);
    return res.body.data.key;
  }

  async function connect(key: string): Promise<McpClient> {
    const transport = new StreamableHTTPClientTransport(new URL('/api/mcp', backend.url), {
      requestInit: { headers: { Authorization: `Bearer ${key}` } },
    });
    const client = new McpClient({ name: 'ledgerly-test-client', version: '1.0.0' });
    await client.connect(transport);
    open.push(client);
    return client;
  }

  async function tasksTitled(title: string): Promise<any[]> {
    const res = await owner.get(`/api/tasks?q=${encodeURIComponent(title)}&limit=200`);
    expect(res.status).toBe(200);
    return res.body.data.filter((t: any) => t.title === title);
  }

  beforeAll(async () => {
    const team = await shareWorkspace(await signIn(backend.url), [[await signIn(backend.url), 'member']]);
    W = team.id;
    owner = team.clients[0] as Person;
    expect((await owner.post('/api/contacts', { first_name: marker, last_name: 'Contact' })).status).toBe(201);
  });

  afterAll(async () => {
    await Promise.all(open.map((c) => c.close().catch(() => {})));
  });

  it('lists the tools, reads, proposes create_task, and the creator confirms it in the app', async () => {
    const key = await keyWith(['read', 'write']);
    const client = await connect(key);
    expect(client.getServerVersion()?.name).toBe('ledgerly');
    const { tools } = await client.listTools();
    const names = tools.map((t) => t.name);
    expect(names).toEqual(expect.arrayContaining(['search_contacts', 'list_tasks', 'create_task']));
    const create = tools.find((t) => t.name === 'create_task')!;
    expect(create.inputSchema).toMatchObject({ type: 'object', properties: expect.objectContaining({ title: expect.any(Object) }) });

    const found = await client.callTool({ name: 'search_contacts', arguments: { query: marker } });
    expect(found.isError, text(found)).toBeFalsy();
    expect(text(found)).toContain(marker);

    const title = `${marker} follow up`;
    const proposed = await client.callTool({ name: 'create_task', arguments: { title } });
    expect(proposed.isError, text(proposed)).toBeFalsy();
    expect(text(proposed)).toMatch(/^Waiting for confirmation in Ledgerly: .+action id [0-9a-f-]{36}/);
    const actionId = (proposed.structuredContent as any).pending_action.id as string;
    expect(await tasksTitled(title)).toEqual([]);

    // the proposal waits in its creator's assistant, in the key's workspace
    const logs = await owner.get('/api/ai/logs?limit=20');
    const waiting = logs.body.data.find((l: any) => l.action?.id === actionId);
    expect(waiting).toMatchObject({ engine: 'mcp', status: 'pending_confirmation', action: { status: 'pending', tool: 'create_task' } });

    // the key itself cannot decide: confirming is the person's, in the app
    const byKey = await new Client(backend.url, key).post(`/api/ai/actions/${actionId}/confirm`);
    expect(byKey.status, byKey.text).toBe(403);
    const confirmed = await owner.post(`/api/ai/actions/${actionId}/confirm`);
    expect(confirmed.status, confirmed.text).toBe(200);
    const [task] = await tasksTitled(title);
    expect(task).toMatchObject({ title, workspace_id: W, user_id: owner.user.id });
  });

  it('a read key reads but proposes nothing; invalid arguments are a tool error', async () => {
    const client = await connect(await keyWith(['read']));
    const names = (await client.listTools()).tools.map((t) => t.name);
    expect(names).toContain('list_tasks');
    expect(names).not.toContain('create_task');
    const listed = await client.callTool({ name: 'list_tasks', arguments: {} });
    expect(listed.isError, text(listed)).toBeFalsy();
    const refused = await client.callTool({ name: 'create_task', arguments: { title: `${marker} never` } });
    expect(refused.isError).toBe(true);
    expect(text(refused)).toMatch(/read-only/);
    const before = (await owner.get('/api/ai/logs?limit=50')).body.data.filter((l: any) => l.action?.status === 'pending').length;
    expect(before).toBe(0);
    expect(await tasksTitled(`${marker} never`)).toEqual([]);

    const writer = await connect(await keyWith(['read', 'write']));
    const bad = await writer.callTool({ name: 'create_task', arguments: { title: '' } });
    expect(bad.isError).toBe(true);
  });

  it('a write:direct key applies a write at once', async () => {
    const client = await connect(await keyWith(['read', 'write', 'write:direct']));
    const title = `${marker} direct`;
    const applied = await client.callTool({ name: 'create_task', arguments: { title } });
    expect(applied.isError, text(applied)).toBeFalsy();
    expect(text(applied)).toMatch(/^Done: /);
    expect(applied.structuredContent).toMatchObject({ status: 'applied', record: { title } });
    expect(await tasksTitled(title)).toHaveLength(1);
  });

  it('answers 401 with WWW-Authenticate without a valid key (a session token is not enough)', async () => {
    const init = {
      jsonrpc: '2.0',
      id: 1,
      method: 'initialize',
      params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'x', version: '1' } },
    };
    const headers = { accept: 'application/json, text/event-stream' };
    for (const client of [
      new Client(backend.url),
      new Client(backend.url, `lk_abcdefgh_${'B'.repeat(43)}`),
      new Client(backend.url, owner.token),
    ]) {
      const res = await client.post('/api/mcp', init, headers);
      expect(res.status, res.text).toBe(401);
      expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
    }
    await expect(connect(`lk_abcdefgh_${'C'.repeat(43)}`)).rejects.toThrow();
  });
});
