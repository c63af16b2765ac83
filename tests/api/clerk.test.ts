import { spawnSync } from 'node:child_process';
import { generateKeyPair, SignJWT } from 'jose';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type AppServer, startApp } from '../helpers/app';
import {
  type ClerkInstance,
  clerkEnv,
  clerkUserId,
  createClerkInstance,
  deletedEvent,
  FRONTEND_API,
  mintSessionToken,
  signWebhook,
  userEvent,
} from '../helpers/clerk';
import { Client } from '../helpers/client';
import { createDatabase } from '../helpers/database';
import { freePort } from '../helpers/postgres';

/**
 * Clerk mode, offline, with the real Clerk SDK and the real svix library: the
 * same build as every other test, started with Clerk keys of a Clerk instance
 * of our own (a generated RSA key as its JWT key). On PGlite and on a real
 * PostgreSQL server.
 */

interface ClerkBackend {
  name: 'pglite' | 'postgres';
  app: AppServer;
  adminUrl?: string;
}

let instance: ClerkInstance;
const backends: ClerkBackend[] = [];

beforeAll(async () => {
  instance = await createClerkInstance();
  const db = await createDatabase(inject('pgAdminUrl'), 'clerk');
  const start = async (name: ClerkBackend['name'], extra: Record<string, string>, adminUrl?: string) => {
    const port = await freePort();
    const app = await startApp({ ...clerkEnv(instance, `http://127.0.0.1:${port}`), LOG_LEVEL: 'info', ...extra }, { port });
    backends.push({ name, app, adminUrl });
  };
  await Promise.all([start('pglite', {}), start('postgres', { DATABASE_URL: db.appUrl }, db.adminUrl)]);
  backends.sort((a, b) => a.name.localeCompare(b.name));
}, 120_000);

afterAll(async () => {
  await Promise.all(backends.map((b) => b.app.stop()));
});

const each = (name: string, fn: (backend: ClerkBackend) => Promise<void>) =>
  it.each(['pglite', 'postgres'] as const)(`${name} (%s)`, async (which) => {
    const backend = backends.find((b) => b.name === which)!;
    await fn(backend);
  });

function client(backend: ClerkBackend, token?: string) {
  return new Client(backend.app.url, token);
}

async function tokenFor(backend: ClerkBackend, sub: string, claims: Record<string, unknown> = {}) {
  return mintSessionToken(instance, backend.app.url, { sub, claims });
}

async function deliver(backend: ClerkBackend, event: unknown, options: { id?: string; timestamp?: Date; path?: string } = {}) {
  const body = JSON.stringify(event);
  const headers = signWebhook(instance.webhookSecret, body, options);
  const res = await client(backend).request('POST', options.path ?? '/api/webhook/clerk', body, headers);
  return { ...res, svixId: headers['svix-id']! };
}

async function profile(backend: ClerkBackend, sub: string) {
  return client(backend, await tokenFor(backend, sub)).get('/api/auth/user');
}

describe('session tokens in Clerk mode (networkless, jwtKey + issuer + authorized parties)', () => {
  each('accepts a token signed by the instance, as a bearer token, and provisions the user from its claims', async (backend) => {
    const sub = clerkUserId();
    const res = await client(
      backend,
      await tokenFor(backend, sub, { email: 'ada@example.com', first_name: 'Ada', last_name: 'Lovelace' }),
    ).get('/api/auth/user');
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({
      clerk_id: sub,
      email: 'ada@example.com',
      first_name: 'Ada',
      last_name: 'Lovelace',
      currency: 'USD',
    });
    expect(res.body.data).not.toHaveProperty('clerk_updated_at');
  });

  it('refuses every forged, expired or misdirected token with a 401', async () => {
    const backend = backends[0]!;
    const url = backend.app.url;
    const sub = clerkUserId();
    const valid = await mintSessionToken(instance, url, { sub });
    const [header, payload] = valid.split('.') as [string, string, string];
    const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const decoded = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
    const forger = await generateKeyPair('RS256');

    const cases: Record<string, string> = {
      expired: await mintSessionToken(instance, url, { sub, iat: -700, nbf: -700, exp: -60 }),
      'not yet valid': await mintSessionToken(instance, url, { sub, nbf: 120 }),
      'issued in the future': await mintSessionToken(instance, url, { sub, iat: 120, nbf: -10 }),
      'wrong issuer': await mintSessionToken(instance, url, { sub, claims: { iss: 'https://evil.clerk.accounts.dev' } }),
      'no issuer': await mintSessionToken(instance, url, { sub, claims: { iss: undefined } }),
      'wrong authorized party': await mintSessionToken(instance, 'https://evil.example', { sub }),
      'no subject': await mintSessionToken(instance, url, { claims: { sub: undefined } }),
      'alg none': `${b64({ alg: 'none', typ: 'JWT', kid: instance.kid })}.${payload}.`,
      'alg none with a signature': `${b64({ alg: 'none', typ: 'JWT' })}.${payload}.${valid.split('.')[2]}`,
      'HS256 keyed with the public key': await new SignJWT(decoded)
        .setProtectedHeader({ alg: 'HS256', kid: instance.kid, typ: 'JWT' })
        .sign(new TextEncoder().encode(instance.publicKeyPem)),
      're-signed with another key (same kid)': await mintSessionToken(instance, url, { sub, key: forger.privateKey }),
      'payload changed after signing': `${header}.${b64({ ...decoded, sub: 'user_someone_else' })}.${valid.split('.')[2]}`,
      'signature stripped': `${header}.${payload}.`,
      junk: 'not.a.token',
    };
    for (const [name, token] of Object.entries(cases)) {
      const res = await client(backend, token).get('/api/auth/user');
      expect(res.status, name).toBe(401);
      expect(res.body.error.code, name).toBe('unauthorized');
    }
    // and the one that is valid still works
    expect((await client(backend, valid).get('/api/auth/user')).status).toBe(200);
  });

  it(
    'verifies once per token but keeps refusing what does not verify, whatever is cached (docs/decisions/0150)',
    { timeout: 30_000 },
    async () => {
      const backend = backends[0]!;
      const url = backend.app.url;
      const sub = clerkUserId();
      const sid = `sess_cached_${Date.now()}`;
      const same = { sub, claims: { sid } };
      const valid = await mintSessionToken(instance, url, same);
      // verified, then served from the cache
      for (let i = 0; i < 3; i += 1) expect((await client(backend, valid).get('/api/auth/user')).status).toBe(200);
      const [header, payload, signature] = valid.split('.') as [string, string, string];
      const decoded = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
      const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
      const forger = await generateKeyPair('RS256');
      const refused: Record<string, string> = {
        // the very claims of the cached token, signed by someone else
        'same claims, another key': await new SignJWT(decoded)
          .setProtectedHeader({ alg: 'RS256', kid: instance.kid, typ: 'JWT' })
          .sign(forger.privateKey),
        'same claims, signature of the cached token on another payload': `${header}.${b64({ ...decoded, exp: Number(decoded.exp) + 1 })}.${signature}`,
        'one character more': `${valid}A`,
        'one character less': valid.slice(0, -1),
        'same person and session, an authorized party not allowed': await mintSessionToken(instance, 'https://evil.example', same),
      };
      for (const [name, token] of Object.entries(refused)) {
        const res = await client(backend, token).get('/api/auth/user');
        expect(res.status, name).toBe(401);
      }
      expect((await client(backend, valid).get('/api/auth/user')).status).toBe(200);

      // a token that was verified (and cached) while valid is refused once it has expired: the cache
      // ends at exp, and Clerk's verification allows 5 s of clock skew past it
      const shortLived = await mintSessionToken(instance, url, { sub, exp: 1, iat: -5, nbf: -10 });
      expect((await client(backend, shortLived).get('/api/auth/user')).status).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 7_500));
      const late = await client(backend, shortLived).get('/api/auth/user');
      expect(late.status).toBe(401);
      expect(late.body.error.code).toBe('unauthorized');
    },
  );

  it('never asks Clerk for anything: no handshake for API calls, and keys are what the server runs with', async () => {
    const backend = backends[0]!;
    const res = await fetch(`${backend.app.url}/api/auth/user`, { redirect: 'manual' });
    expect(res.status).toBe(401);
    // local mode's sign-in does not exist in Clerk mode
    const local = await client(backend).post('/api/local-auth/sign-in', { email: 'someone@example.com' });
    expect(local.status).toBe(404);
  });

  each('lets an API key through the proxy to the route (Clerk does not take lk_ keys for its own)', async (backend) => {
    const session = client(backend, await tokenFor(backend, clerkUserId(), { email: 'keys@example.com' }));
    const made = await session.post('/api/api-keys', { name: 'Clerk mode', scopes: ['read', 'write'] });
    expect(made.status, made.text).toBe(201);
    const key = client(backend, made.body.data.key);
    const created = await key.post('/api/contacts', { first_name: 'Via key' });
    expect(created.status, created.text).toBe(201);
    expect((await key.get(`/api/contacts/${created.body.data.id}`)).status).toBe(200);
    expect((await session.delete(`/api/api-keys/${made.body.data.id}`)).status).toBe(200);
    const revoked = await fetch(`${backend.app.url}/api/contacts`, {
      headers: { authorization: `Bearer ${made.body.data.key}` },
      redirect: 'manual',
    });
    expect(revoked.status).toBe(401);
  });
});

describe('pages in Clerk mode', () => {
  const page = (backend: ClerkBackend, path: string, cookie = '__clerk_db_jwt=test') =>
    fetch(`${backend.app.url}${path}`, {
      redirect: 'manual',
      headers: { accept: 'text/html', 'sec-fetch-dest': 'document', ...(cookie ? { cookie } : {}) },
    });

  it("renders Clerk's sign-in and sign-up with the publishable key the server was started with", async () => {
    const backend = backends[0]!;
    for (const [path, mount] of [
      ['/sign-in', 'clerk-sign-in'],
      ['/sign-up', 'clerk-sign-up'],
    ] as const) {
      const res = await page(backend, path);
      expect(res.status, path).toBe(200);
      const html = await res.text();
      expect(html, path).toContain(`data-testid="${mount}"`);
      // Clerk's frontend is loaded from the Frontend API encoded in the key given at run time
      const script = html.match(/<script[^>]*data-clerk-js-script[^>]*>/)?.[0] ?? '';
      expect(script, path).toContain(`https://${FRONTEND_API}/npm/@clerk/clerk-js@`);
      expect(script, path).toContain(`data-clerk-publishable-key="${instance.publishableKey}"`);
      // and not the local form
      expect(html, path).not.toContain('name="email"');
    }
  });

  it('sends a signed-out visit to a protected page to sign-in, and keeps public pages public', async () => {
    const backend = backends[0]!;
    const res = await page(backend, '/profile');
    expect(res.status).toBe(307);
    expect(res.headers.get('location')).toBe('/sign-in?redirect_url=%2Fprofile');
    for (const path of ['/', '/sign-in', '/sign-up']) expect((await page(backend, path)).status, path).toBe(200);
    // a browser Clerk has never seen goes through Clerk's handshake first (development instance): Clerk's own behaviour
    const first = await page(backend, '/', '');
    expect(first.status).toBe(307);
    expect(new URL(first.headers.get('location')!).host).toBe(FRONTEND_API);
  });

  each('shows the profile to a signed-in browser (session cookie) with the account menu', async (backend) => {
    const sub = clerkUserId();
    const now = Math.floor(Date.now() / 1000);
    const token = await mintSessionToken(instance, backend.app.url, {
      sub,
      claims: { email: 'grace@example.com', first_name: 'Grace', last_name: 'Hopper' },
    });
    const res = await page(backend, '/profile', `__session=${token}; __client_uat=${now - 30}; __clerk_db_jwt=test`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('Grace Hopper');
    expect(html).toContain('grace@example.com');
    expect(html).toContain('Signed in with Clerk');
    expect(html).toContain('data-testid="clerk-user-button"');
  });
});

describe('the Clerk webhook (svix)', () => {
  each('creates a user from user.created, on both paths, logging the svix id and outcome', async (backend) => {
    const id = clerkUserId();
    const t = Date.now();
    const created = await deliver(
      backend,
      userEvent('user.created', { id, email: 'new@example.com', first_name: 'Nia', last_name: 'Okoye', updated_at: t }),
    );
    expect(created.status).toBe(200);
    expect(created.body.data).toEqual({ svix_id: created.svixId, type: 'user.created', outcome: 'created' });
    const updated = await deliver(
      backend,
      userEvent('user.updated', { id, email: 'new@example.com', first_name: 'Nia', last_name: 'Okoye-Smith', updated_at: t + 1000 }),
      { path: '/api/auth/webhook' },
    );
    expect(updated.body.data.outcome).toBe('updated');
    const me = await profile(backend, id);
    expect(me.body.data).toMatchObject({
      clerk_id: id,
      email: 'new@example.com',
      first_name: 'Nia',
      last_name: 'Okoye-Smith',
      image_url: 'https://img.clerk.com/test-avatar.png',
    });
    await expect.poll(() => backend.app.logs()).toContain(`"svix_id":"${updated.svixId}"`);
    const line = backend.app
      .logs()
      .split('\n')
      .find((l) => l.includes(`"svix_id":"${updated.svixId}"`) && l.includes('"msg":"webhook.clerk"'))!;
    expect(JSON.parse(line)).toMatchObject({
      msg: 'webhook.clerk',
      svix_id: updated.svixId,
      type: 'user.updated',
      outcome: 'updated',
      clerk_user_id: id,
      verified: true,
    });
  });

  each('treats a replayed delivery (same svix-id, same body) as a no-op', async (backend) => {
    const id = clerkUserId();
    const event = userEvent('user.created', { id, email: 'once@example.com', first_name: 'Once', updated_at: Date.now() });
    const body = JSON.stringify(event);
    const headers = signWebhook(instance.webhookSecret, body);
    const first = await client(backend).request('POST', '/api/webhook/clerk', body, headers);
    const again = await client(backend).request('POST', '/api/webhook/clerk', body, headers);
    expect([first.status, again.status]).toEqual([200, 200]);
    expect([first.body.data.outcome, again.body.data.outcome]).toEqual(['created', 'stale']);
    const me = await profile(backend, id);
    expect(me.body.data).toMatchObject({ email: 'once@example.com', first_name: 'Once' });
  });

  each('never lets an older event overwrite a newer one (deliveries out of order)', async (backend) => {
    const id = clerkUserId();
    const t = Date.now();
    const newer = await deliver(
      backend,
      userEvent('user.updated', { id, email: 'second@example.com', first_name: 'Second', updated_at: t + 5000 }),
    );
    const older = await deliver(backend, userEvent('user.created', { id, email: 'first@example.com', first_name: 'First', updated_at: t }));
    const middle = await deliver(
      backend,
      userEvent('user.updated', { id, email: 'middle@example.com', first_name: 'Middle', updated_at: t + 2000 }),
    );
    expect([newer.body.data.outcome, older.body.data.outcome, middle.body.data.outcome]).toEqual(['created', 'stale', 'stale']);
    expect((await profile(backend, id)).body.data).toMatchObject({ email: 'second@example.com', first_name: 'Second' });
  });

  each('completes a user created lazily by their first request (same row)', async (backend) => {
    const id = clerkUserId();
    const lazy = await client(backend, await tokenFor(backend, id, { email: 'lazy@example.com' })).get('/api/auth/user');
    expect(lazy.status).toBe(200);
    expect(lazy.body.data).toMatchObject({ email: 'lazy@example.com', first_name: null });
    // the user sets a business setting before the webhook arrives: the webhook never touches it
    const settings = await client(backend, await tokenFor(backend, id)).put('/api/auth/user', { business_name: 'Lazy Ltd' });
    expect(settings.status).toBe(200);
    const hook = await deliver(
      backend,
      userEvent('user.created', { id, email: 'lazy@example.com', first_name: 'Lazlo', last_name: 'Zee', updated_at: Date.now() }),
    );
    expect(hook.body.data.outcome).toBe('updated');
    const me = (await profile(backend, id)).body.data;
    expect(me).toMatchObject({ id: lazy.body.data.id, first_name: 'Lazlo', last_name: 'Zee', business_name: 'Lazy Ltd' });
  });

  each('handles an email address that moves from one Clerk user to another, in any order', async (backend) => {
    const a = clerkUserId();
    const b = clerkUserId();
    const t = Date.now();
    const shared = `shared-${a}@example.com`.toLowerCase();
    await deliver(backend, userEvent('user.created', { id: a, email: shared, first_name: 'A', updated_at: t }));
    // B claims the address before A's change (which frees it) arrives
    const bCreated = await deliver(backend, userEvent('user.created', { id: b, email: shared, first_name: 'B', updated_at: t + 1000 }));
    expect(bCreated.status).toBe(200);
    expect(bCreated.body.data.outcome).toBe('created');
    const aMoved = await deliver(
      backend,
      userEvent('user.updated', { id: a, email: `new-${a}@example.com`.toLowerCase(), first_name: 'A', updated_at: t + 500 }),
    );
    expect(aMoved.body.data.outcome).toBe('updated');
    const [meA, meB] = [(await profile(backend, a)).body.data, (await profile(backend, b)).body.data];
    expect(meA.email).toBe(`new-${a}@example.com`.toLowerCase());
    expect(meB.email).toBe(shared);
    expect(meA.id).not.toBe(meB.id);
  });

  each('takes the primary address among several, and fits oversized values', async (backend) => {
    const id = clerkUserId();
    const event = userEvent('user.created', {
      id,
      email: 'primary@example.com',
      extra_emails: ['other@example.com'],
      first_name: 'x'.repeat(300),
      updated_at: Date.now(),
    });
    (event.data as any).email_addresses.reverse();
    (event.data as any).image_url = `https://img.clerk.com/${'y'.repeat(3000)}`;
    expect((await deliver(backend, event)).body.data.outcome).toBe('created');
    const me = (await profile(backend, id)).body.data;
    expect(me.email).toBe('primary@example.com');
    expect(me.first_name).toHaveLength(200);
    expect(me.image_url).toBeNull();
  });

  each('deletes the user and all their data on user.deleted; the account stays deleted', async (backend) => {
    const id = clerkUserId();
    await deliver(backend, userEvent('user.created', { id, email: 'leaving@example.com', first_name: 'Leaving', updated_at: Date.now() }));
    const me = client(backend, await tokenFor(backend, id));
    const userId = (await me.get('/api/auth/user')).body.data.id as string;
    for (const n of [1, 2, 3]) expect((await me.post('/api/contacts', { first_name: `Client ${n}` })).status).toBe(201);
    const bystander = clerkUserId();
    const other = client(backend, await tokenFor(backend, bystander));
    expect((await other.post('/api/contacts', { first_name: 'Not leaving' })).status).toBe(201);

    const deleted = await deliver(backend, deletedEvent(id));
    expect(deleted.status).toBe(200);
    expect(deleted.body.data.outcome).toBe('deleted');

    // a still-valid session token cannot bring the account back
    const after = await client(backend, await tokenFor(backend, id)).get('/api/auth/user');
    expect(after.status).toBe(401);
    expect(after.body.error.message).toMatch(/deleted/);
    // nor can a late or replayed user.created / user.updated
    const late = await deliver(backend, userEvent('user.updated', { id, email: 'leaving@example.com', updated_at: Date.now() + 60_000 }));
    expect(late.body.data.outcome).toBe('account_deleted');
    // deleting again is a no-op
    expect((await deliver(backend, deletedEvent(id))).body.data.outcome).toBe('unknown_user');
    // the other account is untouched
    expect((await other.get('/api/contacts')).body.page.total).toBe(1);

    if (backend.adminUrl) {
      const sql = postgres(backend.adminUrl, { max: 1, onnotice: () => {} });
      try {
        const [row] = await sql`select
            (select count(*) from users where id = ${userId})::int as users,
            (select count(*) from contacts where workspace_id = ${userId})::int as contacts,
            (select count(*) from deleted_users where clerk_id = ${id})::int as tombstones`;
        expect(row).toEqual({ users: 0, contacts: 0, tombstones: 1 });
      } finally {
        await sql.end({ timeout: 5 });
      }
    }
  });

  each('answers 2xx and changes nothing for unknown users and unhandled event types', async (backend) => {
    const unknown = await deliver(backend, deletedEvent(clerkUserId()));
    expect(unknown.status).toBe(200);
    expect(unknown.body.data.outcome).toBe('unknown_user');
    const other = await deliver(backend, { type: 'session.created', object: 'event', data: { id: 'sess_1', user_id: 'user_1' } });
    expect(other.status).toBe(200);
    expect(other.body.data).toMatchObject({ type: 'session.created', outcome: 'ignored' });
    await expect.poll(() => backend.app.logs()).toContain(`"svix_id":"${other.svixId}"`);
  });

  each('refuses forged, tampered, stale and malformed deliveries, and none of them changes anything', async (backend) => {
    const id = clerkUserId();
    const t = Date.now();
    await deliver(backend, userEvent('user.created', { id, email: 'real@example.com', first_name: 'Real', updated_at: t }));
    const evil = JSON.stringify(userEvent('user.updated', { id, email: 'evil@example.com', first_name: 'Evil', updated_at: t + 10_000 }));
    const other = await createClerkInstance();
    const good = signWebhook(instance.webhookSecret, evil);
    const post = (body: string, headers: Record<string, string>, path = '/api/webhook/clerk') =>
      client(backend).request('POST', path, body, headers);

    const refusals: [string, Promise<Awaited<ReturnType<typeof post>>>, number][] = [
      ['no signature headers', post(evil, { 'content-type': 'application/json' }), 400],
      ['signature header missing', post(evil, { ...good, 'svix-signature': '' }), 400],
      ['malformed signature', post(evil, { ...good, 'svix-signature': 'v1,not-base64!!' }), 400],
      ['unknown signature version', post(evil, { ...good, 'svix-signature': good['svix-signature']!.replace('v1,', 'v2,') }), 400],
      ['wrong secret', post(evil, signWebhook(other.webhookSecret, evil)), 400],
      ['body changed after signing', post(evil.replace('evil@', 'evil2@'), good), 400],
      ['id changed after signing', post(evil, { ...good, 'svix-id': 'msg_other' }), 400],
      ['timestamp changed after signing', post(evil, { ...good, 'svix-timestamp': String(Number(good['svix-timestamp']) + 1) }), 400],
      [
        'stale (signed 10 minutes ago)',
        post(evil, signWebhook(instance.webhookSecret, evil, { timestamp: new Date(Date.now() - 10 * 60_000) })),
        400,
      ],
      [
        'from the future (10 minutes ahead)',
        post(evil, signWebhook(instance.webhookSecret, evil, { timestamp: new Date(Date.now() + 10 * 60_000) })),
        400,
      ],
      ['not a number timestamp', post(evil, { ...good, 'svix-timestamp': 'yesterday' }), 400],
      ['not JSON content type', post(evil, { ...good, 'content-type': 'text/plain' }), 415],
      [
        'too large',
        post(
          JSON.stringify({ pad: 'x'.repeat(300 * 1024) }),
          signWebhook(instance.webhookSecret, JSON.stringify({ pad: 'x'.repeat(300 * 1024) })),
        ),
        413,
      ],
    ];
    for (const [name, pending, status] of refusals) {
      const res = await pending;
      expect(res.status, name).toBe(status);
      expect(res.body.error, name).toBeDefined();
    }
    // signed, but junk
    const junk: [string, string][] = [
      ['not JSON', '{"type": "user.updated", '],
      ['a JSON array', '[]'],
      ['a JSON string', '"user.updated"'],
      ['no type', JSON.stringify({ data: { id } })],
      ['no data', JSON.stringify({ type: 'user.updated' })],
      ['user without id', JSON.stringify({ type: 'user.updated', data: { email_addresses: [], updated_at: t + 20_000 } })],
      ['user with a wrong type', JSON.stringify({ type: 'user.updated', data: { id, first_name: 42, updated_at: t + 20_000 } })],
      ['user without updated_at', JSON.stringify({ type: 'user.updated', data: { id, first_name: 'Evil' } })],
      ['deletion without id', JSON.stringify({ type: 'user.deleted', data: { deleted: true } })],
    ];
    for (const [name, body] of junk) {
      const res = await post(body, signWebhook(instance.webhookSecret, body));
      expect(res.status, name).toBe(400);
      expect(['invalid_json', 'validation_failed'], name).toContain(res.body.error.code);
    }
    expect((await profile(backend, id)).body.data).toMatchObject({ email: 'real@example.com', first_name: 'Real' });
    // a forged user.created made nobody
    const ghost = clerkUserId();
    const forged = JSON.stringify(userEvent('user.created', { id: ghost, email: 'ghost@example.com', updated_at: t }));
    expect((await post(forged, signWebhook(other.webhookSecret, forged))).status).toBe(400);
    expect((await deliver(backend, deletedEvent(ghost))).body.data.outcome).toBe('unknown_user');
    // refusals are logged, with the (unverified) svix id
    await expect.poll(() => backend.app.logs()).toContain('"outcome":"rejected"');
  });

  it('can be tried locally with `npm run clerk:webhook` (signed like Clerk signs)', async () => {
    const backend = backends[0]!;
    const id = clerkUserId();
    const run = (...args: string[]) =>
      spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/clerk-webhook.ts', ...args, '--url', backend.app.url], {
        env: { PATH: process.env.PATH, NODE_ENV: 'test', CLERK_WEBHOOK_SIGNING_SECRET: instance.webhookSecret },
        encoding: 'utf8',
      });
    const created = run('user.created', '--user', id, '--email', 'script@example.com', '--first', 'Scripted');
    expect(created.status, created.stderr).toBe(0);
    expect(created.stdout).toContain('"outcome":"created"');
    expect((await profile(backend, id)).body.data).toMatchObject({ email: 'script@example.com', first_name: 'Scripted' });
    const deleted = run('user.deleted', '--user', id);
    expect(deleted.stdout).toContain('"outcome":"deleted"');
  });

  it('allows only POST', async () => {
    const backend = backends[0]!;
    for (const path of ['/api/webhook/clerk', '/api/auth/webhook']) {
      const res = await client(backend).get(path);
      expect(res.status, path).toBe(405);
      expect(res.headers.get('allow')).toContain('POST');
    }
  });
});
