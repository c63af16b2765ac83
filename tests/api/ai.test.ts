import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type AppServer, startApp } from '../helpers/app';
import { Client, signIn } from '../helpers/client';
import { awayFromWindowEdge } from '../helpers/window';

/**
 * The assistant's HTTP contract with the built-in engine (the default), on
 * PGlite and on a real PostgreSQL server: /api/ai/query, the confirm / reject
 * / undo of proposed changes, the log, and isolation between users.
 */

const backends = inject('backends');

describe.each(backends)('assistant API on $name', (backend) => {
  let alice: Awaited<ReturnType<typeof signIn>>;
  let bob: Awaited<ReturnType<typeof signIn>>;

  beforeAll(async () => {
    alice = await signIn(backend.url);
    bob = await signIn(backend.url);
    await alice.post('/api/contacts', { first_name: 'Amara', last_name: 'Okafor', email: 'amara@brightleaf.studio', status: 'customer' });
    await alice.post('/api/contacts', { first_name: 'Sofia', last_name: 'Marquez', status: 'lead' });
  });

  it('answers a question with exact data, links and the log id', async () => {
    const res = await alice.post('/api/ai/query', { query: "what's amara's email?" });
    expect(res.status).toBe(200);
    expect(Object.keys(res.body.data).sort()).toEqual(['action_taken', 'log_id', 'pending_action', 'response']);
    expect(res.body.data.response).toMatch(/\[Amara Okafor\]\(\/contacts\/[0-9a-f-]{36}\)'s email is amara@brightleaf\.studio\./);
    expect(res.body.data.pending_action).toBeNull();
    const logs = await alice.get('/api/ai/logs');
    expect(logs.body.data[0]).toMatchObject({
      id: res.body.data.log_id,
      query: "what's amara's email?",
      engine: 'builtin',
      status: 'ok',
      action: null,
    });
    expect(logs.body.data[0].duration_ms).toBeGreaterThanOrEqual(0);
  });

  it('refuses an empty, missing, too long or unknown-field query with a 400', async () => {
    for (const body of [{ query: '' }, { query: '   ' }, {}, { query: 'x'.repeat(4001) }, { query: 'hi', extra: 1 }, { query: 42 }]) {
      const res = await alice.post('/api/ai/query', body);
      expect(res.status, JSON.stringify(body).slice(0, 40)).toBe(400);
      expect(res.body.error.code).toBe('validation_failed');
    }
    expect((await alice.post('/api/ai/query', { query: 'x'.repeat(4000) })).status).toBe(200);
    expect((await alice.post('/api/ai/query', 'query=hi', { 'content-type': 'text/plain' })).status).toBe(415);
  });

  it('requires a session on every assistant route', async () => {
    const anonymous = new Client(backend.url);
    const id = '00000000-0000-4000-8000-000000000000';
    for (const [method, path] of [
      ['POST', '/api/ai/query'],
      ['GET', '/api/ai/logs'],
      ['POST', `/api/ai/actions/${id}/confirm`],
      ['POST', `/api/ai/actions/${id}/reject`],
      ['POST', `/api/ai/actions/${id}/undo`],
    ] as const) {
      const res = await anonymous.request(method, path, method === 'POST' ? { query: 'hi' } : undefined);
      expect(res.status, path).toBe(401);
    }
    expect((await alice.get('/api/ai/query')).status).toBe(405);
  });

  it('proposes a change, writes nothing until confirmed, confirms once, and undoes it', async () => {
    const before = (await alice.get('/api/contacts?limit=1')).body.page.total;
    const res = await alice.post('/api/ai/query', { query: 'add a new contact Jane Doe from Acme Ltd, jane@acme.com' });
    expect(res.status).toBe(200);
    const pending = res.body.data.pending_action;
    expect(pending).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      tool: 'create_contact',
      args: { first_name: 'Jane', last_name: 'Doe', company: 'Acme Ltd', email: 'jane@acme.com' },
      summary: expect.stringContaining('Jane Doe'),
    });
    expect(res.body.data.action_taken).toBe('proposed: create_contact');
    expect((await alice.get('/api/contacts?limit=1')).body.page.total).toBe(before);

    // another user's action id is a 404, for every verb
    for (const verb of ['confirm', 'reject', 'undo']) {
      expect((await bob.post(`/api/ai/actions/${pending.id}/${verb}`)).status).toBe(404);
    }
    expect((await alice.post('/api/ai/actions/not-a-uuid/confirm')).status).toBe(404);
    expect((await alice.post(`/api/ai/actions/${pending.id}/undo`)).status).toBe(409); // not confirmed yet

    const confirmed = await alice.post(`/api/ai/actions/${pending.id}/confirm`);
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.data).toMatchObject({
      first_name: 'Jane',
      last_name: 'Doe',
      company: 'Acme Ltd',
      status: 'lead',
      user_id: alice.user.id,
    });
    const contactId = confirmed.body.data.id;
    expect((await alice.get(`/api/contacts/${contactId}`)).status).toBe(200);
    expect((await alice.get('/api/contacts?limit=1')).body.page.total).toBe(before + 1);

    const again = await alice.post(`/api/ai/actions/${pending.id}/confirm`);
    expect(again.status).toBe(409);
    expect((await alice.post(`/api/ai/actions/${pending.id}/reject`)).status).toBe(409);
    expect((await alice.get('/api/contacts?limit=1')).body.page.total).toBe(before + 1);

    const undone = await alice.post(`/api/ai/actions/${pending.id}/undo`);
    expect(undone.status).toBe(200);
    expect(undone.body.data).toMatchObject({ id: pending.id, status: 'undone' });
    expect((await alice.get(`/api/contacts/${contactId}`)).status).toBe(404);
    expect((await alice.post(`/api/ai/actions/${pending.id}/undo`)).status).toBe(409);

    const audit = (await alice.get(`/api/audit?entity_id=${pending.id}`)).body.data.map((e: any) => e.action);
    expect(audit).toEqual(expect.arrayContaining(['ai.action_confirmed', 'ai.action_undone']));
    const logs = (await alice.get('/api/ai/logs?limit=3')).body.data;
    expect(logs.map((l: any) => l.status)).toEqual(['undone', 'confirmed', 'pending_confirmation']);
    expect(logs[2].action).toMatchObject({ id: pending.id, status: 'undone', reversible: true });
    expect(logs[1].action_taken).toBe('confirmed: create_contact');
  });

  it('confirms concurrently exactly once', async () => {
    const res = await alice.post('/api/ai/query', { query: 'new lead: tom baker, tom@baker.example' });
    const id = res.body.data.pending_action.id;
    const before = (await alice.get('/api/contacts?limit=1')).body.page.total;
    const results = await Promise.all(Array.from({ length: 5 }, () => alice.post(`/api/ai/actions/${id}/confirm`)));
    expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409, 409, 409]);
    expect((await alice.get('/api/contacts?limit=1')).body.page.total).toBe(before + 1);
    await alice.post(`/api/ai/actions/${id}/undo`);
  });

  it('rejects a proposal: nothing changes and it cannot be confirmed after', async () => {
    const sofia = (await alice.get('/api/contacts?q=sofia')).body.data[0];
    const res = await alice.post('/api/ai/query', { query: 'mark sofia as customer' });
    const pending = res.body.data.pending_action;
    expect(pending).toMatchObject({ tool: 'update_contact', args: { contact_id: sofia.id, changes: { status: 'customer' } } });
    const rejected = await alice.post(`/api/ai/actions/${pending.id}/reject`);
    expect(rejected.status).toBe(200);
    expect(rejected.body.data).toEqual({ id: pending.id, status: 'rejected' });
    expect((await alice.post(`/api/ai/actions/${pending.id}/confirm`)).status).toBe(409);
    expect((await alice.get(`/api/contacts/${sofia.id}`)).body.data.status).toBe('lead');
    expect((await alice.get('/api/ai/logs?limit=1')).body.data[0]).toMatchObject({
      status: 'rejected',
      action_taken: 'rejected: update_contact',
    });
  });

  it('logs a confirm that can no longer apply, leaves the proposal pending and the data untouched', async () => {
    const created = await alice.post('/api/contacts', { first_name: 'Walter', last_name: 'Gone' });
    const res = await alice.post('/api/ai/query', { query: 'mark walter gone as customer' });
    const pending = res.body.data.pending_action;
    expect(pending).toMatchObject({ tool: 'update_contact', args: { contact_id: created.body.data.id } });
    expect((await alice.delete(`/api/contacts/${created.body.data.id}`)).status).toBe(200);
    const confirmed = await alice.post(`/api/ai/actions/${pending.id}/confirm`);
    expect(confirmed.status).toBe(409);
    expect(confirmed.body.error.message).toContain('Contact not found');
    const [log] = (await alice.get('/api/ai/logs?limit=1')).body.data;
    expect(log).toMatchObject({ status: 'failed', action_taken: 'failed: update_contact' });
    expect((await alice.post(`/api/ai/actions/${pending.id}/reject`)).status).toBe(200);
  });

  it("never shows Bob Alice's contacts through the assistant", async () => {
    for (const query of ["what's amara's email?", 'list all contacts', 'show my customers', 'mark sofia as customer']) {
      const res = await bob.post('/api/ai/query', { query });
      expect(res.status).toBe(200);
      expect(res.body.data.response).not.toMatch(/amara|okafor|sofia|brightleaf/i);
      expect(res.body.data.pending_action).toBeNull();
    }
    const bobLogs = (await bob.get('/api/ai/logs?limit=200')).body;
    expect(bobLogs.data.every((l: any) => l.user_id === bob.user.id)).toBe(true);
    expect(JSON.stringify(bobLogs.data.map((l: any) => [l.response, l.action]))).not.toMatch(/okafor|brightleaf|marquez/i);
  });

  it('pages the log newest first with a cursor and a total', async () => {
    const carol = await signIn(backend.url);
    for (let i = 0; i < 5; i += 1) await carol.post('/api/ai/query', { query: `hello ${i}` });
    const first = await carol.get('/api/ai/logs?limit=2');
    expect(first.body.page).toMatchObject({ limit: 2, total: 5, next_cursor: expect.any(String) });
    expect(first.body.data.map((l: any) => l.query)).toEqual(['hello 4', 'hello 3']);
    const second = await carol.get(`/api/ai/logs?limit=2&cursor=${first.body.page.next_cursor}`);
    expect(second.body.data.map((l: any) => l.query)).toEqual(['hello 2', 'hello 1']);
    const third = await carol.get(`/api/ai/logs?limit=2&cursor=${second.body.page.next_cursor}`);
    expect(third.body.data.map((l: any) => l.query)).toEqual(['hello 0']);
    expect(third.body.page.next_cursor).toBeNull();
    expect((await carol.get('/api/ai/logs?limit=0')).status).toBe(400);
    expect((await carol.get('/api/ai/logs?status=ok')).status).toBe(400);
  });

  it('lists the tools as JSON Schema', async () => {
    const res = await new Client(backend.url).get('/api/ai/tools');
    expect(res.status).toBe(200);
    const names = res.body.data.map((t: any) => t.name);
    expect(names).toEqual(expect.arrayContaining(['search_contacts', 'get_contact', 'create_contact', 'update_contact']));
    expect(res.body.data.find((t: any) => t.name === 'create_contact')).toMatchObject({ kind: 'write', parameters: { type: 'object' } });
  });
});

describe('assistant rate limit', () => {
  let app: AppServer;
  beforeAll(async () => {
    app = await startApp({ AI_RATE_LIMIT_PER_MINUTE: '3' });
  });
  afterAll(() => app?.stop());

  it('allows AI_RATE_LIMIT_PER_MINUTE questions a minute, then 429 with Retry-After', { timeout: 60_000 }, async () => {
    const client = await signIn(app.url);
    // questions are counted in windows of a minute: a window edge before the fourth lets it through
    await awayFromWindowEdge(60_000);
    for (let i = 0; i < 3; i += 1) expect((await client.post('/api/ai/query', { query: 'hello' })).status).toBe(200);
    const limited = await client.post('/api/ai/query', { query: 'hello' });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    // other routes are not affected
    expect((await client.get('/api/ai/logs')).status).toBe(200);
  });
});
