import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startApp, type AppServer } from '../helpers/app';
import { Client, signIn } from '../helpers/client';
import { awayFromWindowEdge } from '../helpers/window';
import { expectErrorShape, shareWorkspace } from '../helpers/api';

/**
 * API keys over HTTP on both backends (docs/decisions/0130-api-keys.md): made
 * by admins and shown once, stored hashed; a key acts as its creator in its
 * workspace only, capped by its scope (a read key may only GET: 403 on every
 * other method of every route); revoked and expired keys are a 401 at once;
 * a creator demoted is capped, one removed is a 401; writes made with a key
 * are attributed to it in the audit trail; each key has its own rate limit.
 */

const backends = inject('backends');

type Person = Awaited<ReturnType<typeof signIn>>;

const KEY = /^lk_([a-z0-9]{8})_[A-Za-z0-9_-]{43}$/;

/** Routes without a workspace (no session, a signature, a secret or a tool token), and the MCP server (its own suite). */
const OUTSIDE = new Set([
  '/api/[...path]',
  '/api/health',
  '/api/health/live',
  '/api/health/ready',
  '/api/local-auth/sign-in',
  '/api/local-auth/sign-up',
  '/api/local-auth/password-reset',
  '/api/local-auth/password-reset/confirm',
  '/api/auth/webhook',
  '/api/webhook/clerk',
  '/api/ai/tools',
  '/api/ai/tools/[name]',
  '/api/cron/reminders',
  '/api/cron/recurring',
  '/api/mcp',
]);

/** Every `[METHOD, /api/… path]` the route files serve, with each dynamic segment given a fresh id. */
function servedRoutes(): [string, string][] {
  const root = path.resolve(import.meta.dirname, '../../src/app');
  const out: [string, string][] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === 'route.ts') {
        const route = `/${path.relative(root, dir).split(path.sep).join('/')}`;
        if (OUTSIDE.has(route)) continue;
        const concrete = route.replace(/\[[^\]]+\]/g, () => crypto.randomUUID());
        const source = fs.readFileSync(full, 'utf8');
        for (const m of source.matchAll(/\b(GET|POST|PUT|PATCH|DELETE):\s/g)) out.push([m[1]!, concrete]);
      }
    }
  };
  walk(path.join(root, 'api'));
  return out;
}

async function makeKey(admin: Client, scopes: string[], extra: Record<string, unknown> = {}) {
  const res = await admin.post('/api/api-keys', { name: `Key ${scopes.join('+')}`, scopes, ...extra });
  expect(res.status, res.text.slice(0, 300)).toBe(201);
  return res.body.data as { id: string; key: string; prefix: string; scopes: string[] };
}

describe.each(backends)('API keys on $name', (backend) => {
  let owner: Person;
  let ada: Person;
  let max: Person;
  let vic: Person;
  let W: string;
  let readKey: Client;
  let writeKey: Client;
  let writeKeyId: string;
  let contactId: string;

  beforeAll(async () => {
    const team = await shareWorkspace(await signIn(backend.url), [
      [await signIn(backend.url), 'admin'],
      [await signIn(backend.url), 'member'],
      [await signIn(backend.url), 'viewer'],
    ]);
    W = team.id;
    [owner, ada, max, vic] = team.clients as [Person, Person, Person, Person];
    contactId = (await owner.post('/api/contacts', { first_name: 'Keyed', last_name: 'Client' })).body.data.id;
    readKey = new Client(backend.url, (await makeKey(owner, ['read'])).key);
    const write = await makeKey(owner, ['read', 'write']);
    writeKey = new Client(backend.url, write.key);
    writeKeyId = write.id;
  });

  it('shows a new key once, lists only its prefix, and refuses bad input naming the field', async () => {
    const made = await makeKey(owner, ['read'], { name: 'Zapier', expires_at: '2999-12-31' });
    const match = KEY.exec(made.key);
    expect(match, made.key).not.toBeNull();
    expect(made).toMatchObject({ name: 'Zapier', prefix: match![1], scopes: ['read'], revoked: false, last_used_at: null });
    expect(Date.parse((made as any).expires_at)).toBeGreaterThan(Date.parse('2999-12-31T00:00:00Z'));
    const list = await owner.get('/api/api-keys');
    expect(list.status).toBe(200);
    expect(list.text).not.toContain(made.key);
    expect(list.text).not.toContain(made.key.slice(12));
    const listed = list.body.data.find((k: any) => k.id === made.id);
    expect(listed).toMatchObject({ prefix: made.prefix, name: 'Zapier', user_id: owner.user.id });
    expect(listed).not.toHaveProperty('key');
    expect(listed).not.toHaveProperty('key_hash');
    expect(list.body.page).toMatchObject({ next_cursor: null, total: list.body.data.length });

    const bad = async (body: unknown, field: string) => {
      const res = await owner.post('/api/api-keys', body);
      expect(res.status, res.text).toBe(400);
      expectErrorShape(res.body, 'validation_failed');
      expect(Object.keys(res.body.error.details)).toContain(field);
    };
    await bad({ name: 'x', scopes: ['write'] }, 'scopes');
    await bad({ name: 'x', scopes: ['read', 'write:direct'] }, 'scopes');
    await bad({ name: 'x', scopes: ['read', 'admin'] }, 'scopes.1');
    await bad({ name: 'x', scopes: ['read'], expires_at: '2020-01-01T00:00:00Z' }, 'expires_at');
    await bad({ name: 'x', scopes: ['read'], key: 'lk_mine' }, 'key');
    await bad({ scopes: ['read'] }, 'name');
  });

  it('lets only admins manage keys, and only signed in (a key never lists or makes keys)', async () => {
    expect((await ada.get('/api/api-keys')).status).toBe(200);
    for (const person of [max, vic]) {
      const res = await person.get('/api/api-keys');
      expect(res.status).toBe(403);
      expectErrorShape(res.body, 'forbidden');
      expect((await person.post('/api/api-keys', { name: 'Mine', scopes: ['read'] })).status).toBe(403);
    }
    for (const res of [
      await writeKey.get('/api/api-keys'),
      await writeKey.post('/api/api-keys', { name: 'Child', scopes: ['read', 'write'] }),
      await writeKey.delete(`/api/api-keys/${writeKeyId}`),
      await writeKey.post('/api/workspaces', { name: 'Elsewhere' }),
      await writeKey.post('/api/local-auth/sign-out'),
    ]) {
      expect(res.status, res.text).toBe(403);
      expectErrorShape(res.body, 'forbidden');
    }
  });

  it('reads with a read key (lists, one record, CSV) as a viewer of the key’s workspace', async () => {
    const list = await readKey.get('/api/contacts?limit=200');
    expect(list.status, list.text).toBe(200);
    expect(list.body.data.map((c: any) => c.id)).toContain(contactId);
    expect((await readKey.get(`/api/contacts/${contactId}`)).body.data).toMatchObject({ id: contactId, workspace_id: W });
    const csv = await readKey.get('/api/contacts?format=csv');
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(csv.text).toContain(contactId);
    // capped to a viewer although its creator owns the workspace
    const admins = await readKey.get(`/api/workspaces/${W}/invitations`);
    expect(admins.status, admins.text).toBe(403);
    expect((await readKey.get('/api/auth/user')).body.data.workspace).toMatchObject({ id: W, role: 'viewer' });
  });

  it('refuses a read key on every method but GET of every route, with 403 and nothing written', async () => {
    const routes = servedRoutes().filter(([method]) => method !== 'GET');
    expect(routes.length).toBeGreaterThan(60);
    const before = (await owner.get('/api/audit?limit=1')).body.data[0]?.id;
    for (const [method, target] of routes) {
      const res = await readKey.request(method, target, {});
      expect(res.status, `${method} ${target}: ${res.text.slice(0, 200)}`).toBe(403);
      expectErrorShape(res.body, 'forbidden');
    }
    expect((await owner.get('/api/audit?limit=1')).body.data[0]?.id).toBe(before);
  });

  it('writes with a write key as its creator (POST, PUT, DELETE), attributed to the key in the audit trail', async () => {
    const created = await writeKey.post('/api/contacts', { first_name: 'Made', last_name: 'By key' });
    expect(created.status, created.text).toBe(201);
    expect(created.body.data).toMatchObject({ workspace_id: W, user_id: owner.user.id });
    const id = created.body.data.id;
    expect((await writeKey.put(`/api/contacts/${id}`, { status: 'customer' })).status).toBe(200);
    const task = await writeKey.post('/api/tasks', { title: 'Keyed task' });
    expect(task.status).toBe(201);
    expect((await writeKey.delete(`/api/tasks/${task.body.data.id}`)).status).toBe(200);
    // a session's own write carries no key
    expect((await owner.put(`/api/contacts/${id}`, { status: 'lead' })).status).toBe(200);

    const audit = (await owner.get('/api/audit?entity=contacts&limit=10')).body.data.filter((e: any) => e.entity_id === id);
    expect(audit.map((e: any) => [e.action, e.api_key_id])).toEqual([
      ['update', null],
      ['update', writeKeyId],
      ['insert', writeKeyId],
    ]);
    const listed = (await owner.get('/api/api-keys')).body.data.find((k: any) => k.id === writeKeyId);
    expect(Date.parse(listed.last_used_at)).toBeGreaterThan(Date.now() - 5 * 60_000);
  });

  it('keeps a key in its own workspace: another workspace named or referenced is a 404', async () => {
    const personal = await owner.request('GET', '/api/contacts', undefined, { 'x-workspace-id': owner.user.id });
    expect(personal.status).toBe(200);
    const mine = (await new Client(backend.url, owner.token).post('/api/contacts', { first_name: 'Private' })).body.data;
    expect(mine.workspace_id).toBe(owner.user.id);
    const named = await writeKey.request('GET', '/api/contacts', undefined, { 'x-workspace-id': owner.user.id });
    expect(named.status).toBe(404);
    expectErrorShape(named.body, 'not_found');
    expect((await writeKey.get(`/api/contacts/${mine.id}`)).status).toBe(404);
    expect((await writeKey.get(`/api/workspaces/${owner.user.id}`)).status).toBe(404);
    const spaces = await writeKey.get('/api/workspaces');
    expect(spaces.body.data.map((w: any) => w.id)).toEqual([W]);
    // the same workspace named explicitly is fine
    expect((await writeKey.request('GET', '/api/contacts?limit=1', undefined, { 'x-workspace-id': W })).status).toBe(200);
  });

  it('answers 401 for an unknown, revoked or expired key, at once', { timeout: 60_000 }, async () => {
    const unknown = new Client(backend.url, `lk_abcdefgh_${'A'.repeat(43)}`);
    for (const client of [unknown, new Client(backend.url, 'lk_nonsense')]) {
      const res = await client.get('/api/contacts');
      expect(res.status).toBe(401);
      expectErrorShape(res.body, 'unauthorized');
      expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
    }
    const doomed = await makeKey(owner, ['read', 'write']);
    const client = new Client(backend.url, doomed.key);
    expect((await client.get('/api/contacts?limit=1')).status).toBe(200);
    const revoked = await owner.delete(`/api/api-keys/${doomed.id}`);
    expect(revoked.status).toBe(200);
    expect(revoked.body.data).toMatchObject({ id: doomed.id, revoked: true });
    expect((await client.get('/api/contacts?limit=1')).status).toBe(401);
    expect((await client.post('/api/contacts', { first_name: 'Too late' })).status).toBe(401);
    // revoking again keeps the first time; another workspace's key id is a 404
    expect((await owner.delete(`/api/api-keys/${doomed.id}`)).body.data.revoked_at).toBe(revoked.body.data.revoked_at);
    expect((await new Client(backend.url, owner.token).delete(`/api/api-keys/${doomed.id}`)).status).toBe(404);

    // a margin for a loaded machine to create the key and use it once before it expires, then a wait
    // until just past the expiry itself
    const expiresAt = Date.now() + 8000;
    const soon = await makeKey(owner, ['read'], { expires_at: new Date(expiresAt).toISOString() });
    const expiring = new Client(backend.url, soon.key);
    expect((await expiring.get('/api/contacts?limit=1')).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, expiresAt - Date.now()) + 500));
    expect((await expiring.get('/api/contacts?limit=1')).status).toBe(401);
  });

  it('caps a key to its creator’s current role: demoted is capped, removed is a 401', async () => {
    const adasKey = new Client(backend.url, (await makeKey(ada, ['read', 'write'])).key);
    expect((await adasKey.get(`/api/workspaces/${W}/invitations`)).status).toBe(200);
    expect((await owner.put(`/api/workspaces/${W}/members/${ada.user.id}`, { role: 'member' })).status).toBe(200);
    expect((await adasKey.get(`/api/workspaces/${W}/invitations`)).status).toBe(403);
    expect((await adasKey.post('/api/contacts', { first_name: 'By a member' })).status).toBe(201);
    expect((await owner.put(`/api/workspaces/${W}/members/${ada.user.id}`, { role: 'viewer' })).status).toBe(200);
    const asViewer = await adasKey.post('/api/contacts', { first_name: 'By a viewer' });
    expect(asViewer.status).toBe(403);
    expect((await adasKey.get('/api/contacts?limit=1')).status).toBe(200);
    expect((await owner.delete(`/api/workspaces/${W}/members/${ada.user.id}`)).status).toBe(200);
    const gone = await adasKey.get('/api/contacts?limit=1');
    expect(gone.status).toBe(401);
    expectErrorShape(gone.body, 'unauthorized');
  });
});

describe('API key rate limit', () => {
  let app: AppServer;
  beforeAll(async () => {
    app = await startApp({ RATE_LIMIT_PER_MINUTE: '8' });
  }, 120_000);
  afterAll(async () => {
    await app?.stop();
  });

  it('counts each key on its own, apart from its creator’s session', { timeout: 60_000 }, async () => {
    const owner = await signIn(app.url);
    const made = await owner.post('/api/api-keys', { name: 'Busy', scopes: ['read'] });
    expect(made.status, made.text).toBe(201);
    const key = new Client(app.url, made.body.data.key);
    // requests are counted in windows of a minute: a window edge after the eighth lets the ninth through
    await awayFromWindowEdge(60_000);
    const statuses: number[] = [];
    for (let i = 0; i < 10; i += 1) statuses.push((await key.get('/api/contacts?limit=1')).status);
    expect(statuses.slice(0, 8)).toEqual(Array(8).fill(200));
    expect(statuses.slice(8)).toEqual([429, 429]);
    const limited = await key.get('/api/contacts?limit=1');
    expect(limited.headers.get('retry-after')).toMatch(/^\d+$/);
    // the creator's own requests have their own budget
    expect((await owner.get('/api/contacts?limit=1')).status).toBe(200);
  });
});
