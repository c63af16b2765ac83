import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type AppServer, startApp } from '../helpers/app';
import {
  type ClerkInstance,
  type ClerkMembershipFields,
  type ClerkOrganizationFields,
  clerkEnv,
  clerkMembershipId,
  clerkOrgId,
  clerkUserId,
  createClerkInstance,
  deletedEvent,
  membershipEvent,
  mintSessionToken,
  orgClaims,
  organizationDeletedEvent,
  organizationEvent,
  signWebhook,
  userEvent,
} from '../helpers/clerk';
import { Client } from '../helpers/client';
import { createDatabase } from '../helpers/database';
import { freePort } from '../helpers/postgres';
import { seeded, shuffle } from '../helpers/shuffle';

/**
 * Clerk Organizations over HTTP (docs/decisions/0098-clerk-organizations.md):
 * the built app in Clerk mode, with a Clerk instance of our own, on PGlite and
 * on a real PostgreSQL server. Organizations become workspaces through the
 * webhook (svix-signed, in any order, twice), and the session token's active
 * organization (`o.id`; `org_id` in v1 tokens) chooses the workspace on each
 * request.
 */

interface Backend {
  name: 'pglite' | 'postgres';
  app: AppServer;
  adminUrl?: string;
}

let instance: ClerkInstance;
const backends: Backend[] = [];

beforeAll(async () => {
  instance = await createClerkInstance();
  const db = await createDatabase(inject('pgAdminUrl'), 'clerk_orgs');
  const start = async (name: Backend['name'], extra: Record<string, string>, adminUrl?: string) => {
    const port = await freePort();
    const app = await startApp({ ...clerkEnv(instance, `http://127.0.0.1:${port}`), LOG_LEVEL: 'info', ...extra }, { port });
    backends.push({ name, app, adminUrl });
  };
  await Promise.all([start('pglite', {}), start('postgres', { DATABASE_URL: db.appUrl }, db.adminUrl)]);
}, 120_000);

afterAll(async () => {
  await Promise.all(backends.map((b) => b.app.stop()));
});

const each = (name: string, fn: (backend: Backend) => Promise<void>, timeout?: number) =>
  it.each(['pglite', 'postgres'] as const)(
    `${name} (%s)`,
    async (which) => {
      await fn(backends.find((b) => b.name === which)!);
    },
    timeout,
  );

async function deliver(backend: Backend, event: unknown) {
  const body = JSON.stringify(event);
  const headers = signWebhook(instance.webhookSecret, body);
  const res = await new Client(backend.app.url).request('POST', '/api/webhook/clerk', body, headers);
  return { ...res, svixId: headers['svix-id']! };
}

async function outcome(backend: Backend, event: unknown): Promise<string> {
  const res = await deliver(backend, event);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.data.outcome as string;
}

/** A client for `sub`, in organization `org` (none: no active organization); `sid` keeps one session across tokens. */
async function as(backend: Backend, sub: string, org: string | null = null, extra: Record<string, unknown> = {}) {
  const token = await mintSessionToken(instance, backend.app.url, { sub, claims: { ...(org ? orgClaims(org) : {}), ...extra } });
  return new Client(backend.app.url, token);
}

async function workspaceOf(client: Client, headers: Record<string, string> = {}) {
  const res = await client.request('GET', '/api/auth/user', undefined, headers);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.data.workspace as { id: string; name: string; role: string; personal: boolean };
}

/** The members of workspace `id` as `client` sees them: email → role. */
async function members(client: Client, id: string): Promise<Record<string, string>> {
  const res = await client.get(`/api/workspaces/${id}/members`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return Object.fromEntries((res.body.data as { email: string; role: string }[]).map((m) => [m.email, m.role]));
}

const email = (user: string) => `${user}@example.com`.toLowerCase();

/** People and memberships of one organization's story. */
function cast() {
  return {
    org: clerkOrgId(),
    creator: clerkUserId(),
    a: clerkUserId(),
    b: clerkUserId(),
    v: clerkUserId(),
    d: clerkUserId(),
    m: {
      c: clerkMembershipId(),
      a: clerkMembershipId(),
      b: clerkMembershipId(),
      v: clerkMembershipId(),
      d1: clerkMembershipId(),
      d2: clerkMembershipId(),
    },
  };
}

/**
 * One organization's life, in Clerk's order: made by its creator, renamed; A
 * joins as a member and becomes an admin; B (an admin) leaves; the creator is
 * made a member (so the owner becomes A, the admin who joined first); V has a
 * custom viewer role; D joins, leaves and is invited again.
 */
function story(c: ReturnType<typeof cast>, t: number) {
  const acme: ClerkOrganizationFields = { id: c.org, name: 'Acme', created_by: c.creator, created_at: t, updated_at: t };
  const acmeLtd: ClerkOrganizationFields = { ...acme, name: 'Acme Ltd', updated_at: t + 30 };
  const member = (fields: Omit<ClerkMembershipFields, 'email'>) => ({ ...fields, email: email(fields.user_id) });
  return [
    organizationEvent('organization.created', acme),
    membershipEvent(
      'organizationMembership.created',
      member({ id: c.m.c, organization: acme, user_id: c.creator, role: 'org:admin', updated_at: t }),
    ),
    membershipEvent(
      'organizationMembership.created',
      member({ id: c.m.a, organization: acme, user_id: c.a, role: 'org:member', updated_at: t + 10 }),
    ),
    membershipEvent(
      'organizationMembership.created',
      member({ id: c.m.b, organization: acme, user_id: c.b, role: 'org:admin', updated_at: t + 5 }),
    ),
    organizationEvent('organization.updated', acmeLtd),
    membershipEvent(
      'organizationMembership.updated',
      member({ id: c.m.a, organization: acmeLtd, user_id: c.a, role: 'org:admin', created_at: t + 10, updated_at: t + 40 }),
    ),
    membershipEvent(
      'organizationMembership.updated',
      member({ id: c.m.c, organization: acmeLtd, user_id: c.creator, role: 'org:member', created_at: t, updated_at: t + 50 }),
    ),
    membershipEvent(
      'organizationMembership.created',
      member({ id: c.m.v, organization: acmeLtd, user_id: c.v, role: 'org:viewer', updated_at: t + 60 }),
    ),
    membershipEvent(
      'organizationMembership.deleted',
      member({ id: c.m.b, organization: acmeLtd, user_id: c.b, role: 'org:admin', created_at: t + 5, updated_at: t + 5 }),
    ),
    membershipEvent(
      'organizationMembership.created',
      member({ id: c.m.d1, organization: acmeLtd, user_id: c.d, role: 'org:member', updated_at: t + 80 }),
    ),
    membershipEvent(
      'organizationMembership.deleted',
      member({ id: c.m.d1, organization: acmeLtd, user_id: c.d, role: 'org:member', created_at: t + 80, updated_at: t + 80 }),
    ),
    membershipEvent(
      'organizationMembership.created',
      member({ id: c.m.d2, organization: acmeLtd, user_id: c.d, role: 'org:viewer', updated_at: t + 100 }),
    ),
  ];
}

/** Membership in one organization, for tests that need a small team quickly. */
async function team(backend: Backend, people: { user: string; role: string }[], name = 'Team') {
  const org = clerkOrgId();
  const t = Date.now();
  const organization: ClerkOrganizationFields = { id: org, name, created_by: people[0]!.user, updated_at: t };
  expect(await outcome(backend, organizationEvent('organization.created', organization))).toBe('created');
  const ids: Record<string, string> = {};
  for (const [i, p] of people.entries()) {
    ids[p.user] = clerkMembershipId();
    const event = membershipEvent('organizationMembership.created', {
      id: ids[p.user]!,
      organization,
      user_id: p.user,
      role: p.role,
      updated_at: t + i,
      email: email(p.user),
    });
    expect(await outcome(backend, event)).toBe('created');
  }
  return { org, organization, membershipIds: ids, t };
}

describe('organization webhooks', () => {
  each(
    'reach the same workspace, members, roles and owner whatever the order, with every delivery possibly twice',
    async (backend) => {
      const next = seeded(backend.name === 'pglite' ? 1 : 2);
      const results: unknown[] = [];
      for (let round = 0; round < 4; round++) {
        const c = cast();
        const events = story(c, Date.now());
        const deliveries = round === 0 ? events : shuffle([...events, ...events.filter(() => next() < 0.5)], next);
        for (const event of deliveries) await outcome(backend, event);
        // A is the owner: the creator is only a member now
        const a = await as(backend, c.a, c.org);
        const ws = await workspaceOf(a);
        expect(ws, `round ${round}`).toMatchObject({ name: 'Acme Ltd', role: 'owner', personal: false });
        const seen = await members(a, ws.id);
        expect(seen, `round ${round}`).toEqual({
          [email(c.a)]: 'owner',
          [email(c.creator)]: 'member',
          [email(c.v)]: 'viewer',
          [email(c.d)]: 'viewer',
        });
        results.push(Object.values(seen).sort());
        // B left: B's organization claim leads nowhere but B's own workspace
        expect(await workspaceOf(await as(backend, c.b, c.org))).toMatchObject({ personal: true });
      }
      expect(new Set(results.map((r) => JSON.stringify(r))).size).toBe(1);
    },
    120_000,
  );

  each('answer stale for replays and older deliveries, and apply role changes as Clerk makes them', async (backend) => {
    const owner = clerkUserId();
    const person = clerkUserId();
    const { org, organization, membershipIds, t } = await team(backend, [
      { user: owner, role: 'org:admin' },
      { user: person, role: 'org:member' },
    ]);
    const me = await as(backend, person, org);
    const ws = await workspaceOf(me);
    expect(ws).toMatchObject({ name: 'Team', role: 'member' });
    expect((await me.post('/api/contacts', { first_name: 'Made by a member' })).status).toBe(201);

    const change = (role: string, updatedAt: number) =>
      membershipEvent('organizationMembership.updated', {
        id: membershipIds[person]!,
        organization,
        user_id: person,
        role,
        created_at: t + 1,
        updated_at: updatedAt,
        email: email(person),
      });
    expect(await outcome(backend, change('org:viewer', t + 100))).toBe('updated');
    // the next request has the new role: a viewer changes nothing
    const refused = await me.post('/api/contacts', { first_name: 'Made by a viewer' });
    expect(refused.status).toBe(403);
    expect((await me.get('/api/contacts')).status).toBe(200);
    // a replay, and an older change delivered late, change nothing
    expect(await outcome(backend, change('org:viewer', t + 100))).toBe('stale');
    expect(await outcome(backend, change('org:admin', t + 50))).toBe('stale');
    expect(await workspaceOf(me)).toMatchObject({ role: 'viewer' });
    // a promotion: business settings are an admin's
    expect(await outcome(backend, change('org:admin', t + 200))).toBe('updated');
    expect((await me.put('/api/auth/user', { business_name: 'Team Ltd' })).status).toBe(200);
    // a custom role Ledgerly does not know is a viewer, and the log line names it
    const custom = await deliver(backend, change('org:billing', t + 300));
    expect(custom.body.data.outcome).toBe('updated');
    expect(await workspaceOf(me)).toMatchObject({ role: 'viewer' });
    await expect.poll(() => backend.app.logs()).toContain(`"svix_id":"${custom.svixId}"`);
    const line = backend.app
      .logs()
      .split('\n')
      .find((l) => l.includes(`"svix_id":"${custom.svixId}"`) && l.includes('"msg":"webhook.clerk"'))!;
    expect(JSON.parse(line)).toMatchObject({
      type: 'organizationMembership.updated',
      clerk_org_id: org,
      clerk_user_id: person,
      unknown_clerk_role: 'org:billing',
      outcome: 'updated',
    });

    // the organization: an older name delivered late is ignored, a newer one applies
    expect(
      await outcome(backend, organizationEvent('organization.updated', { ...organization, name: 'Old name', updated_at: t - 1 })),
    ).toBe('stale');
    expect(
      await outcome(backend, organizationEvent('organization.updated', { ...organization, name: 'New name', updated_at: t + 400 })),
    ).toBe('updated');
    expect(await workspaceOf(me)).toMatchObject({ id: ws.id, name: 'New name' });
  });

  each('keep exactly one owner, a Clerk admin: the creator, else the admin who joined first', async (backend) => {
    const creator = clerkUserId();
    const admin = clerkUserId();
    const member = clerkUserId();
    const { org, organization, membershipIds, t } = await team(backend, [
      { user: creator, role: 'org:admin' },
      { user: admin, role: 'org:admin' },
      { user: member, role: 'org:member' },
    ]);
    const view = await as(backend, member, org);
    const ws = await workspaceOf(view);
    expect(await members(view, ws.id)).toEqual({ [email(creator)]: 'owner', [email(admin)]: 'admin', [email(member)]: 'member' });
    const joined = { [creator]: t, [admin]: t + 1, [member]: t + 2 };
    const update = (user: string, role: string, at: number) =>
      membershipEvent('organizationMembership.updated', {
        id: membershipIds[user]!,
        organization,
        user_id: user,
        role,
        created_at: joined[user],
        updated_at: at,
        email: email(user),
      });
    // the creator is made a member in Clerk: ownership passes to the other admin
    expect(await outcome(backend, update(creator, 'org:member', t + 10))).toBe('updated');
    expect(await members(view, ws.id)).toEqual({ [email(creator)]: 'member', [email(admin)]: 'owner', [email(member)]: 'member' });
    // an admin again: the creator is the owner again
    expect(await outcome(backend, update(creator, 'org:admin', t + 20))).toBe('updated');
    expect(await members(view, ws.id)).toEqual({ [email(creator)]: 'owner', [email(admin)]: 'admin', [email(member)]: 'member' });
    // the creator leaves: the admin owns it
    expect(
      await outcome(
        backend,
        membershipEvent('organizationMembership.deleted', {
          id: membershipIds[creator]!,
          organization,
          user_id: creator,
          role: 'org:admin',
          created_at: t,
          updated_at: t + 20,
        }),
      ),
    ).toBe('deleted');
    expect(await members(view, ws.id)).toEqual({ [email(admin)]: 'owner', [email(member)]: 'member' });
  });

  each('make a member from the public user data; the user sync completes the same person', async (backend) => {
    const owner = clerkUserId();
    const newcomer = clerkUserId();
    const { org } = await team(backend, [
      { user: owner, role: 'org:admin' },
      { user: newcomer, role: 'org:member' },
    ]);
    const view = await as(backend, owner, org);
    const ws = await workspaceOf(view);
    const before = (await view.get(`/api/workspaces/${ws.id}/members`)).body.data.find((m: any) => m.email === email(newcomer));
    expect(before).toMatchObject({ role: 'member', first_name: null });
    expect(
      await outcome(
        backend,
        userEvent('user.created', { id: newcomer, email: email(newcomer), first_name: 'Nia', updated_at: Date.now() }),
      ),
    ).toBe('updated');
    const after = (await view.get(`/api/workspaces/${ws.id}/members`)).body.data.find((m: any) => m.email === email(newcomer));
    expect(after).toMatchObject({ user_id: before.user_id, role: 'member', first_name: 'Nia' });
    // a person whose account was deleted does not come back through a membership
    const gone = clerkUserId();
    expect(await outcome(backend, deletedEvent(gone))).toBe('unknown_user');
    const org2 = clerkOrgId();
    expect(
      await outcome(
        backend,
        membershipEvent('organizationMembership.created', {
          id: clerkMembershipId(),
          organization: { id: org2, name: 'Elsewhere', updated_at: Date.now() },
          user_id: gone,
          role: 'org:admin',
          updated_at: Date.now(),
        }),
      ),
    ).toBe('account_deleted');
    expect((await (await as(backend, gone, org2)).get('/api/auth/user')).status).toBe(401);
  });

  each('delete the workspace and everything in it with the organization; late deliveries do not bring it back', async (backend) => {
    const owner = clerkUserId();
    const { org, organization, t } = await team(backend, [{ user: owner, role: 'org:admin' }], 'Short-lived');
    const me = await as(backend, owner, org);
    const ws = await workspaceOf(me);
    const contact = await me.post('/api/contacts', { first_name: 'In the organization' });
    expect(contact.status).toBe(201);

    expect(await outcome(backend, organizationDeletedEvent(org))).toBe('deleted');
    // the owner's next request: their own workspace; the organization's rows are gone
    expect(await workspaceOf(me)).toMatchObject({ personal: true });
    expect((await me.get(`/api/contacts/${contact.body.data.id}`)).status).toBe(404);
    expect((await me.request('GET', '/api/contacts', undefined, { 'x-workspace-id': ws.id })).status).toBe(404);
    // late and replayed deliveries
    expect(
      await outcome(backend, organizationEvent('organization.updated', { ...organization, name: 'Back?', updated_at: t + 1000 })),
    ).toBe('organization_deleted');
    expect(
      await outcome(
        backend,
        membershipEvent('organizationMembership.created', {
          id: clerkMembershipId(),
          organization: { ...organization, updated_at: t + 1000 },
          user_id: clerkUserId(),
          role: 'org:admin',
          updated_at: t + 1000,
        }),
      ),
    ).toBe('organization_deleted');
    expect(await outcome(backend, organizationDeletedEvent(org))).toBe('unknown_organization');
    expect(await workspaceOf(me)).toMatchObject({ personal: true });

    if (backend.adminUrl) {
      const sql = postgres(backend.adminUrl, { max: 1, onnotice: () => {} });
      try {
        const [row] = await sql`select
            (select count(*) from workspaces where clerk_org_id = ${org} or id = ${ws.id})::int as workspaces,
            (select count(*) from contacts where workspace_id = ${ws.id})::int as contacts,
            (select count(*) from deleted_organizations where clerk_org_id = ${org})::int as tombstones`;
        expect(row).toEqual({ workspaces: 0, contacts: 0, tombstones: 1 });
      } finally {
        await sql.end({ timeout: 5 });
      }
    }
  });

  each("are the only way to change an organization's members: the app's own changes answer 409", async (backend) => {
    const owner = clerkUserId();
    const member = clerkUserId();
    const { org } = await team(backend, [
      { user: owner, role: 'org:admin' },
      { user: member, role: 'org:member' },
    ]);
    const me = await as(backend, owner, org);
    const ws = await workspaceOf(me);
    const memberId = (await me.get(`/api/workspaces/${ws.id}/members`)).body.data.find((m: any) => m.email === email(member)).user_id;
    const ownId = (await me.get('/api/auth/user')).body.data.id;
    const attempts: [string, Promise<{ status: number; body: any }>][] = [
      ['change a role', me.put(`/api/workspaces/${ws.id}/members/${memberId}`, { role: 'admin' })],
      ['hand over ownership', me.put(`/api/workspaces/${ws.id}/members/${memberId}`, { role: 'owner' })],
      ['remove a member', me.request('DELETE', `/api/workspaces/${ws.id}/members/${memberId}`)],
      ['leave', me.request('DELETE', `/api/workspaces/${ws.id}/members/${ownId}`)],
      ['invite', me.post(`/api/workspaces/${ws.id}/invitations`, { email: 'someone@example.com', role: 'member' })],
      ['rename', me.put(`/api/workspaces/${ws.id}`, { name: 'Renamed here' })],
      ['delete', me.request('DELETE', `/api/workspaces/${ws.id}`)],
    ];
    for (const [what, pending] of attempts) {
      const res = await pending;
      expect(res.status, what).toBe(409);
      expect(res.body.error.message, what).toMatch(/Clerk organization: .* in Clerk\./);
    }
    expect(await members(me, ws.id)).toEqual({ [email(owner)]: 'owner', [email(member)]: 'member' });
    expect(await workspaceOf(me)).toMatchObject({ name: 'Team' });
    // business settings are the workspace's own: admins still change them
    expect((await me.put('/api/auth/user', { business_name: 'Team Ltd' })).status).toBe(200);
  });

  each('refuse malformed organization events with a 400, changing nothing', async (backend) => {
    const org = clerkOrgId();
    const t = Date.now();
    const junk: [string, unknown][] = [
      ['organization without id', { type: 'organization.created', data: { name: 'X', updated_at: t } }],
      ['organization without updated_at', { type: 'organization.updated', data: { id: org, name: 'X' } }],
      ['organization with a wrong type', { type: 'organization.updated', data: { id: org, name: 42, updated_at: t } }],
      ['deletion without id', { type: 'organization.deleted', data: { deleted: true } }],
      [
        'membership without organization',
        { type: 'organizationMembership.created', data: { id: 'orgmem_x', role: 'org:admin', updated_at: t } },
      ],
      [
        'membership without user',
        {
          type: 'organizationMembership.created',
          data: {
            id: 'orgmem_x',
            role: 'org:admin',
            updated_at: t,
            organization: { id: org, name: 'X', updated_at: t },
            public_user_data: {},
          },
        },
      ],
    ];
    let last = '';
    for (const [name, event] of junk) {
      const res = await deliver(backend, event);
      expect(res.status, name).toBe(400);
      expect(res.body.error.code, name).toBe('validation_failed');
      last = res.svixId;
    }
    // the refusal's log line still names the organization
    await expect.poll(() => backend.app.logs()).toContain(`"svix_id":"${last}"`);
    const line = backend.app
      .logs()
      .split('\n')
      .find((l) => l.includes(`"svix_id":"${last}"`) && l.includes('"msg":"webhook.clerk"'))!;
    expect(JSON.parse(line)).toMatchObject({ type: 'organizationMembership.created', clerk_org_id: org, outcome: 'rejected' });
    // nothing was made: the first real event creates the organization's workspace
    expect(await outcome(backend, organizationEvent('organization.created', { id: org, name: 'Real', updated_at: t }))).toBe('created');
  });
});

describe('sessions and organizations', () => {
  each('switch workspace on the next request when the session switches organization', async (backend) => {
    const person = clerkUserId();
    const x = await team(backend, [{ user: person, role: 'org:admin' }], 'Org X');
    const y = await team(backend, [{ user: person, role: 'org:member' }], 'Org Y');
    // one session (same sid) whose active organization changes, as Clerk's switcher does
    const sid = `sess_test_${randomBytes(8).toString('hex')}`;
    const inX = await as(backend, person, x.org, { sid });
    const inY = await as(backend, person, y.org, { sid });
    const personal = await as(backend, person, null, { sid });

    const wsX = await workspaceOf(inX);
    expect(wsX).toMatchObject({ name: 'Org X', role: 'owner', personal: false });
    const made = await inX.post('/api/contacts', { first_name: 'Client of X' });
    expect(made.status).toBe(201);
    // a Clerk member (with no admin in the organization, there is no owner: nobody is promoted above Clerk's role)
    const wsY = await workspaceOf(inY);
    expect(wsY).toMatchObject({ name: 'Org Y', role: 'member', personal: false });
    expect((await inY.get(`/api/contacts/${made.body.data.id}`)).status).toBe(404);
    expect((await inY.get('/api/contacts')).body.page.total).toBe(0);
    expect((await inX.get(`/api/contacts/${made.body.data.id}`)).status).toBe(200);
    // no active organization: the personal workspace
    expect(await workspaceOf(personal)).toMatchObject({ personal: true });
    // a v1 token names the organization as org_id
    const v1 = await mintSessionToken(instance, backend.app.url, { sub: person, claims: { sid, ...orgClaims(x.org, 'admin', 1) } });
    expect(await workspaceOf(new Client(backend.app.url, v1))).toMatchObject({ id: wsX.id });
    // the organization comes before the workspace the UI remembered; X-Workspace-Id before both
    expect(await workspaceOf(inY, { cookie: `ledgerly_workspace=${wsX.id}` })).toMatchObject({ id: wsY.id });
    expect(await workspaceOf(personal, { cookie: `ledgerly_workspace=${wsX.id}` })).toMatchObject({ id: wsX.id });
    expect(await workspaceOf(inY, { 'x-workspace-id': wsX.id })).toMatchObject({ id: wsX.id });
    // an organization the database has not heard of (yet): the personal workspace
    expect(await workspaceOf(await as(backend, person, clerkOrgId(), { sid }))).toMatchObject({ personal: true });
  });

  each('lose access on the next request once removed in Clerk, with the same token', async (backend) => {
    const owner = clerkUserId();
    const member = clerkUserId();
    const { org, organization, membershipIds, t } = await team(backend, [
      { user: owner, role: 'org:admin' },
      { user: member, role: 'org:member' },
    ]);
    const boss = await as(backend, owner, org);
    const ws = await workspaceOf(boss);
    const contact = (await boss.post('/api/contacts', { first_name: 'Confidential' })).body.data;
    // a token minted before the removal, still valid after it, still naming the organization
    const me = await as(backend, member, org);
    expect((await me.get(`/api/contacts/${contact.id}`)).status).toBe(200);

    const removal = membershipEvent('organizationMembership.deleted', {
      id: membershipIds[member]!,
      organization,
      user_id: member,
      role: 'org:member',
      created_at: t + 1,
      updated_at: t + 1,
      email: email(member),
    });
    expect(await outcome(backend, removal)).toBe('deleted');
    expect((await me.get(`/api/contacts/${contact.id}`)).status).toBe(404);
    expect(await workspaceOf(me)).toMatchObject({ personal: true });
    expect((await me.get('/api/contacts')).body.data.map((c: any) => c.id)).not.toContain(contact.id);
    const byHeader = await me.request('GET', `/api/contacts/${contact.id}`, undefined, { 'x-workspace-id': ws.id });
    expect(byHeader.status).toBe(404);
    expect((await me.get(`/api/workspaces/${ws.id}/members`)).status).toBe(404);
    expect(await members(boss, ws.id)).toEqual({ [email(owner)]: 'owner' });
    // a late update of the removed membership, and a replay of the removal, change nothing
    const late = membershipEvent('organizationMembership.updated', {
      id: membershipIds[member]!,
      organization,
      user_id: member,
      role: 'org:admin',
      created_at: t + 1,
      updated_at: t + 500,
      email: email(member),
    });
    expect(await outcome(backend, late)).toBe('membership_deleted');
    expect(await outcome(backend, removal)).toBe('unknown_membership');
    expect((await me.get(`/api/contacts/${contact.id}`)).status).toBe(404);
    // invited again in Clerk (a new membership): access again
    const again = membershipEvent('organizationMembership.created', {
      id: clerkMembershipId(),
      organization,
      user_id: member,
      role: 'org:member',
      updated_at: t + 1000,
      email: email(member),
    });
    expect(await outcome(backend, again)).toBe('created');
    expect((await me.get(`/api/contacts/${contact.id}`)).status).toBe(200);
  });
});

describe('trying organization events locally', () => {
  it('works with `npm run clerk:webhook` (signed like Clerk signs)', async () => {
    const backend = backends.find((b) => b.name === 'pglite')!;
    const org = clerkOrgId();
    const [creator, member] = [clerkUserId(), clerkUserId()];
    const run = (...args: string[]) => {
      const result = spawnSync(
        process.execPath,
        ['node_modules/tsx/dist/cli.mjs', 'scripts/clerk-webhook.ts', ...args, '--url', backend.app.url],
        {
          env: { PATH: process.env.PATH, NODE_ENV: 'test', CLERK_WEBHOOK_SIGNING_SECRET: instance.webhookSecret },
          encoding: 'utf8',
        },
      );
      expect(result.status, result.stderr).toBe(0);
      return result.stdout;
    };
    expect(run('organization.created', '--org', org, '--name', 'Scripted Ltd', '--user', creator)).toContain('"outcome":"created"');
    expect(
      run('organizationMembership.created', '--org', org, '--user', creator, '--role', 'org:admin', '--email', email(creator)),
    ).toContain('"outcome":"created"');
    expect(run('organizationMembership.created', '--org', org, '--user', member, '--email', email(member))).toContain(
      '"outcome":"created"',
    );
    const me = await as(backend, creator, org);
    const ws = await workspaceOf(me);
    expect(ws).toMatchObject({ name: 'Scripted Ltd', role: 'owner' });
    expect(await members(me, ws.id)).toEqual({ [email(creator)]: 'owner', [email(member)]: 'member' });
    expect(run('organizationMembership.deleted', '--org', org, '--user', member)).toContain('"outcome":"deleted"');
    expect(run('organization.deleted', '--org', org)).toContain('"outcome":"deleted"');
    expect(await workspaceOf(me)).toMatchObject({ personal: true });
  });
});
