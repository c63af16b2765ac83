import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { adminSql } from '../helpers/api';
import { type AppServer, startApp } from '../helpers/app';
import { signIn } from '../helpers/client';
import { createWorkspace, invite, join, membersOf, type Person, tokenOf } from '../helpers/workspaces';

/**
 * Invitations and membership over HTTP, on PGlite and on a real PostgreSQL
 * server (docs/decisions/0097-workspaces.md, API.md "Workspaces"): a link
 * works once, before it expires, for the address it was sent to; a link of a
 * deleted workspace or a withdrawn invitation is a 404; a new invitation
 * replaces the pending one; a member cannot be invited again; the workspace
 * always has exactly one owner, who cannot leave or be demoted but can hand
 * ownership over; a removed member is out from their next request on.
 */

const backends = inject('backends');
const started: AppServer[] = [];
afterAll(async () => {
  for (const app of started.reverse()) await app.stop();
});

const person = async (url: string) => (await signIn(url)) as Person;
const accept = (who: Person, token: string) => who.post('/api/invitations/accept', { token });

describe.each(backends)('workspaces and invitations on $name', (backend) => {
  it('accepts an invitation once: the second use is a 409', async () => {
    const owner = await person(backend.url);
    const W = await createWorkspace(owner);
    const invitee = await person(backend.url);
    const invitation = await invite(owner.in(W), W, invitee.user.email, 'member');
    expect(invitation.url).toMatch(/^http:\/\/.+\/invitations\/[\w-]{43}$/);
    const first = await accept(invitee, invitation.token);
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ data: { workspace_id: W, role: 'member' } });
    const second = await accept(invitee, invitation.token);
    expect(second.status).toBe(409);
    expect(second.body.error.code).toBe('conflict');
    // nor by anyone else
    const other = await person(backend.url);
    expect([404, 409]).toContain((await accept(other, invitation.token)).status);
    expect(await membersOf(owner.in(W), W)).toEqual(
      [
        [owner.user.id, 'owner'],
        [invitee.user.id, 'member'],
      ].sort(),
    );
    const listed = (await owner.in(W).get(`/api/workspaces/${W}/invitations`)).body.data;
    expect(listed).toEqual([expect.objectContaining({ id: invitation.id, status: 'accepted' })]);
  });

  it('refuses an expired invitation with a 409, and lists it as expired', async () => {
    // expiring takes the database owner: the shared PostgreSQL server's, or (PGlite) the data
    // directory of an app of this test's own, stopped for the change and started again
    const own = backend.name === 'pglite' ? await startApp() : undefined;
    if (own) started.push(own);
    let url = own?.url ?? backend.url;
    let owner = await person(url);
    const W = await createWorkspace(owner);
    let invitee = await person(url);
    const invitation = await invite(owner.in(W), W, invitee.user.email, 'viewer');
    const expire = `update workspace_invitations set expires_at = now() - interval '1 second' where id = '${invitation.id}'`;
    if (own) {
      await own.stop();
      const db = await PGlite.create(path.join(own.dataDir, 'pglite'));
      await db.exec(expire);
      await db.close();
      const again = await startApp({}, { dataDir: own.dataDir });
      started.push(again);
      url = again.url;
      // a session is bound to the origin (the port changed): the same people sign in again
      owner = await signIn(url, owner.user.email);
      invitee = await signIn(url, invitee.user.email);
    } else {
      const sql = adminSql(backend)!;
      await sql.unsafe(expire);
      await sql.end();
    }
    const res = await accept(invitee, invitation.token);
    expect(res.status).toBe(409);
    expect(res.body.error.message).toMatch(/expired/);
    expect((await invitee.get('/api/workspaces')).body.data.map((w: { id: string }) => w.id)).not.toContain(W);
    const listed = (await owner.in(W).get(`/api/workspaces/${W}/invitations`)).body.data;
    expect(listed).toEqual([expect.objectContaining({ id: invitation.id, status: 'expired' })]);
  }, 120_000);

  it('refuses an invitation to someone signed in with another address (403), and it stays usable by its addressee', async () => {
    const owner = await person(backend.url);
    const W = await createWorkspace(owner);
    const invitee = await person(backend.url);
    const invitation = await invite(owner.in(W), W, invitee.user.email, 'admin');
    const stranger = await person(backend.url);
    const res = await accept(stranger, invitation.token);
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('forbidden');
    expect(res.body.error.message).toContain(invitee.user.email);
    expect((await stranger.in(W).get('/api/contacts')).status).toBe(404);
    expect((await accept(invitee, invitation.token)).status).toBe(200);
  });

  it('lets exactly one of two simultaneous accepts through (the other is a 409 or 404)', async () => {
    const owner = await person(backend.url);
    const W = await createWorkspace(owner);
    const invitee = await person(backend.url);
    const invitation = await invite(owner.in(W), W, invitee.user.email, 'member');
    const results = await Promise.all(Array.from({ length: 4 }, () => accept(invitee, invitation.token)));
    const statuses = results.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    for (const s of statuses.filter((s) => s !== 200)) expect([404, 409]).toContain(s);
    expect(await membersOf(owner.in(W), W)).toEqual(
      [
        [owner.user.id, 'owner'],
        [invitee.user.id, 'member'],
      ].sort(),
    );
  });

  it('answers 404 for an invitation to a workspace that was deleted, or one that was withdrawn', async () => {
    const owner = await person(backend.url);
    const W = await createWorkspace(owner, 'Short-lived');
    const invitee = await person(backend.url);
    const gone = await invite(owner.in(W), W, invitee.user.email, 'member');
    const deleted = await owner.in(W).delete(`/api/workspaces/${W}`);
    expect(deleted.status).toBe(200);
    const res = await accept(invitee, gone.token);
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('not_found');
    expect((await owner.get(`/api/workspaces/${W}`)).status).toBe(404);

    const V = await createWorkspace(owner, 'Still here');
    const withdrawn = await invite(owner.in(V), V, invitee.user.email, 'member');
    const revoked = await owner.in(V).delete(`/api/workspaces/${V}/invitations/${withdrawn.id}`);
    expect(revoked.status).toBe(200);
    expect(revoked.body.data.status).toBe('revoked');
    expect((await accept(invitee, withdrawn.token)).status).toBe(404);
    expect(await membersOf(owner.in(V), V)).toEqual([[owner.user.id, 'owner']]);
  });

  it('replaces a pending invitation by a new one to the same address', async () => {
    const owner = await person(backend.url);
    const W = await createWorkspace(owner);
    const invitee = await person(backend.url);
    const first = await invite(owner.in(W), W, invitee.user.email, 'viewer');
    const second = await invite(owner.in(W), W, invitee.user.email, 'admin');
    const pending = (await owner.in(W).get(`/api/workspaces/${W}/invitations`)).body.data;
    expect(pending.map((i: { id: string; status: string }) => [i.id, i.status]).sort()).toEqual(
      [
        [first.id, 'revoked'],
        [second.id, 'pending'],
      ].sort(),
    );
    expect((await accept(invitee, first.token)).status).toBe(404);
    const joined = await accept(invitee, second.token);
    expect(joined.status).toBe(200);
    expect(joined.body.data.role).toBe('admin');
  });

  it('leaves one pending invitation per address when two are sent at once', async () => {
    const owner = await person(backend.url);
    const W = await createWorkspace(owner);
    const invitee = await person(backend.url);
    const results = await Promise.all(
      (['viewer', 'admin', 'member', 'viewer'] as const).map((role) =>
        owner.in(W).post(`/api/workspaces/${W}/invitations`, { email: invitee.user.email, role }),
      ),
    );
    const statuses = results.map((r) => r.status);
    expect(statuses).toContain(201);
    for (const s of statuses) expect([201, 409], JSON.stringify(results.map((r) => r.body))).toContain(s);
    const listed = (await owner.in(W).get(`/api/workspaces/${W}/invitations`)).body.data as { id: string; status: string }[];
    const pending = listed.filter((i) => i.status === 'pending');
    expect(pending).toHaveLength(1);
    // only the pending one's link works
    const tokens = results.filter((r) => r.status === 201).map((r) => [r.body.data.id, tokenOf(r.body.data.url)] as const);
    for (const [id, token] of tokens) {
      if (id !== pending[0]!.id) expect((await accept(invitee, token)).status).toBe(404);
    }
    expect((await accept(invitee, tokens.find(([id]) => id === pending[0]!.id)![1])).status).toBe(200);
  });

  it('refuses to invite someone who is already a member (409)', async () => {
    const owner = await person(backend.url);
    const W = await createWorkspace(owner);
    const member = await join(backend.url, owner, W, 'member');
    const res = await owner.in(W).post(`/api/workspaces/${W}/invitations`, { email: member.user.email, role: 'admin' });
    expect(res.status).toBe(409);
    expect(res.body.error.details).toEqual({ email: ['is already a member'] });
    const self = await owner.in(W).post(`/api/workspaces/${W}/invitations`, { email: owner.user.email, role: 'viewer' });
    expect(self.status).toBe(409);
    expect((await owner.in(W).get(`/api/workspaces/${W}/invitations`)).body.data).toHaveLength(1);
  });

  it('keeps the owner: they can neither leave nor be demoted or removed (409)', async () => {
    const owner = await person(backend.url);
    const W = await createWorkspace(owner);
    const admin = await join(backend.url, owner, W, 'admin');
    const ws = owner.in(W);
    const attempts = [
      await ws.delete(`/api/workspaces/${W}/members/${owner.user.id}`),
      await ws.put(`/api/workspaces/${W}/members/${owner.user.id}`, { role: 'admin' }),
      await admin.put(`/api/workspaces/${W}/members/${owner.user.id}`, { role: 'viewer' }),
      await admin.delete(`/api/workspaces/${W}/members/${owner.user.id}`),
    ];
    for (const res of attempts) {
      expect(res.status, res.text).toBe(409);
      expect(res.body.error.code).toBe('conflict');
    }
    // an admin cannot take ownership for themselves either
    expect((await admin.put(`/api/workspaces/${W}/members/${admin.user.id}`, { role: 'owner' })).status).toBe(403);
    // the personal workspace: its owner is its only member, for good
    const personal = await owner.delete(`/api/workspaces/${owner.user.id}/members/${owner.user.id}`);
    expect(personal.status).toBe(409);
    expect(await membersOf(ws, W)).toEqual(
      [
        [owner.user.id, 'owner'],
        [admin.user.id, 'admin'],
      ].sort(),
    );
  });

  it('hands ownership over, keeping exactly one owner, even when two hand-overs race', async () => {
    const owner = await person(backend.url);
    const W = await createWorkspace(owner);
    const ws = owner.in(W);
    const [b, c] = [await join(backend.url, owner, W, 'admin'), await join(backend.url, owner, W, 'member')];
    const results = await Promise.all([
      ws.put(`/api/workspaces/${W}/members/${b.user.id}`, { role: 'owner' }),
      ws.put(`/api/workspaces/${W}/members/${c.user.id}`, { role: 'owner' }),
    ]);
    const statuses = results.map((r) => r.status);
    expect(
      statuses.filter((s) => s === 200),
      JSON.stringify(results.map((r) => r.body)),
    ).toHaveLength(1);
    for (const s of statuses.filter((s) => s !== 200)) expect([403, 409]).toContain(s);
    const members = await membersOf(ws, W);
    const owners = members.filter(([, role]) => role === 'owner');
    expect(owners).toHaveLength(1);
    const heir = owners[0]![0] === b.user.id ? b : c;
    expect(heir.user.id).not.toBe(owner.user.id);
    // the former owner is an admin now: the owner's powers went with the title
    expect(members).toContainEqual([owner.user.id, 'admin']);
    expect((await ws.delete(`/api/workspaces/${W}`)).status).toBe(403);
    expect((await ws.delete(`/api/workspaces/${W}/members/${owner.user.id}`)).status).toBe(200);
    expect((await heir.get(`/api/workspaces/${W}/members`)).body.data).toHaveLength(2);
    // and handing it on again still leaves one
    const other = heir === b ? c : b;
    expect((await heir.put(`/api/workspaces/${W}/members/${other.user.id}`, { role: 'owner' })).status).toBe(200);
    expect((await membersOf(heir, W)).filter(([, role]) => role === 'owner')).toEqual([[other.user.id, 'owner']]);
  });

  it('takes a removed member out on their next request', async () => {
    const owner = await person(backend.url);
    const W = await createWorkspace(owner);
    const ws = owner.in(W);
    const contact = (await ws.post('/api/contacts', { first_name: 'Shared client' })).body.data.id;
    const member = await join(backend.url, owner, W, 'member');
    expect((await member.get(`/api/contacts/${contact}`)).status).toBe(200);
    expect((await member.post('/api/tasks', { title: 'Mine', contact_id: contact })).status).toBe(201);
    expect((await ws.delete(`/api/workspaces/${W}/members/${member.user.id}`)).status).toBe(200);
    for (const res of [
      await member.get(`/api/contacts/${contact}`),
      await member.get('/api/contacts'),
      await member.post('/api/tasks', { title: 'After removal', contact_id: contact }),
      await member.get(`/api/workspaces/${W}/members`),
    ]) {
      expect(res.status).toBe(404);
      expect(res.text).not.toContain('Shared client');
    }
    const mine = await signIn(backend.url, member.user.email);
    expect((await mine.get('/api/workspaces')).body.data.map((w: { id: string }) => w.id)).not.toContain(W);
    // what they made stays in the workspace (its creator is kept)
    const tasks = (await ws.get('/api/tasks?limit=200')).body.data;
    expect(tasks.map((t: { title: string }) => t.title)).toEqual(['Mine']);
    expect(await membersOf(ws, W)).toEqual([[owner.user.id, 'owner']]);
  });
});
