import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppServer, startApp } from '../helpers/app';
import { expectErrorShape } from '../helpers/api';
import { Client } from '../helpers/client';
import { newestOutboxMessage } from '../helpers/outbox';
import { awayFromWindowEdge } from '../helpers/window';

/**
 * The three auth modes over HTTP (docs/decisions/0080-auth-modes.md):
 * `npm start` without Clerk keys and without AUTH_MODE=dev runs on email +
 * password accounts (passwordless sign-in is gone there), development sign-in
 * needs AUTH_MODE=dev, and boot refuses every unsafe combination.
 */

const started: AppServer[] = [];
afterAll(async () => {
  await Promise.all(started.map((app) => app.stop()));
});

const PASSWORD = 'a long and unguessable passphrase 42';

async function post(app: AppServer, route: string, body: unknown, headers: Record<string, string> = {}) {
  return new Client(app.url).post(route, body, headers);
}

describe('npm start without Clerk keys: local accounts', () => {
  let app: AppServer;
  const owner = `owner-${Date.now()}@example.com`;

  beforeAll(async () => {
    app = await startApp({
      AUTH_MODE: '',
      EMAIL_TRANSPORT: 'outbox',
      AUTH_MAX_SIGN_IN_ATTEMPTS: '30',
      AUTH_MAX_SIGN_IN_ATTEMPTS_PER_ADDRESS: '10000',
    });
    started.push(app);
  });

  it('no longer signs anyone in by email alone', async () => {
    const res = await post(app, '/api/local-auth/sign-in', { email: 'owner@victim.example' });
    expect(res.status).toBe(400);
    expect(res.body.error.details.password).toBeDefined();
    const extra = await post(app, '/api/local-auth/sign-in', { email: 'owner@victim.example', first_name: 'Mallory', password: 'x' });
    expect(extra.status).toBe(400);
  });

  it('creates the first account by sign-up, then closes sign-up', async () => {
    const weak = await post(app, '/api/local-auth/sign-up', { email: owner, password: 'short' });
    expect(weak.status).toBe(400);
    expect(weak.body.error.details.password[0]).toMatch(/at least 10 characters/);

    const res = await post(app, '/api/local-auth/sign-up', { email: owner, password: PASSWORD, first_name: 'Olive' });
    expect(res.status, res.text).toBe(201);
    expect(res.body.data.user).toMatchObject({ email: owner, first_name: 'Olive' });
    expect(res.headers.get('set-cookie')).toMatch(/__session=/);
    const me = await new Client(app.url, res.body.data.token).get('/api/auth/user');
    expect(me.status).toBe(200);
    expect(me.body.data.email).toBe(owner);

    const second = await post(app, '/api/local-auth/sign-up', { email: 'second@example.com', password: PASSWORD });
    expect(second.status).toBe(403);
    expectErrorShape(second.body, 'forbidden');
    expect(second.body.error.message).toMatch(/closed/);
  });

  it('lets an invited address sign up while sign-up is closed, and no other', async () => {
    const signedIn = await post(app, '/api/local-auth/sign-in', { email: owner, password: PASSWORD });
    const admin = new Client(app.url, signedIn.body.data.token);
    const workspace = (await admin.get('/api/auth/user')).body.data.workspace.id;
    const invited = `invited-${Date.now()}@example.com`;
    const sent = await admin.post(`/api/workspaces/${workspace}/invitations`, { email: invited, role: 'member' });
    expect(sent.status, sent.text).toBe(201);
    const token = new URL(sent.body.data.url).pathname.split('/').pop()!;

    const other = await post(app, '/api/local-auth/sign-up', { email: 'not-invited@example.com', password: PASSWORD, invitation: token });
    expect(other.status).toBe(403);
    const made = await post(app, '/api/local-auth/sign-up', { email: invited, password: PASSWORD, invitation: token });
    expect(made.status, made.text).toBe(201);
    const joined = await new Client(app.url, made.body.data.token).post('/api/invitations/accept', { token });
    expect(joined.status, joined.text).toBe(200);
    expect(joined.body.data).toEqual({ workspace_id: workspace, role: 'member' });
    // a used invitation opens nothing any more
    const again = await post(app, '/api/local-auth/sign-up', { email: `x-${invited}`, password: PASSWORD, invitation: token });
    expect(again.status).toBe(403);
  });

  it('answers a wrong password and an unknown email alike', async () => {
    const wrong = await post(app, '/api/local-auth/sign-in', { email: owner, password: 'not the password' });
    const unknown = await post(app, '/api/local-auth/sign-in', { email: 'nobody-here@example.com', password: 'not the password' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
    const right = await post(app, '/api/local-auth/sign-in', { email: owner.toUpperCase(), password: PASSWORD });
    expect(right.status, right.text).toBe(200);
    expect(right.body.data.user.email).toBe(owner);
  });

  it('limits attempts per email, whatever the answer would have been', { timeout: 150_000 }, async () => {
    const target = `limited-${Date.now()}@example.com`;
    // attempts per email are counted in windows of 15 minutes; the 33 attempts (a password hash
    // each) took 18.5 s on a loaded machine: start with a minute left, and allow for the wait
    await awayFromWindowEdge(15 * 60_000, 60_000);
    const statuses: number[] = [];
    for (let i = 0; i < 32; i += 1) {
      statuses.push((await post(app, '/api/local-auth/sign-in', { email: target, password: `guess number ${i}` })).status);
    }
    expect(statuses.slice(0, 30)).toEqual(Array(30).fill(401));
    expect(statuses.slice(30)).toEqual([429, 429]);
    const limited = await post(app, '/api/local-auth/sign-in', { email: target, password: 'guess' });
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expectErrorShape(limited.body, 'rate_limited');
  });

  it('signs out for real: the token stops working', async () => {
    const session = await post(app, '/api/local-auth/sign-in', { email: owner, password: PASSWORD });
    const client = new Client(app.url, session.body.data.token);
    expect((await client.get('/api/auth/user')).status).toBe(200);
    expect((await client.post('/api/local-auth/sign-out')).status).toBe(200);
    expect((await client.get('/api/auth/user')).status).toBe(401);
  });

  it('refuses a verified (cached) token on the very next request after its session ends, by bearer and by cookie', async () => {
    const signIn = async () => (await post(app, '/api/local-auth/sign-in', { email: owner, password: PASSWORD })).body.data.token as string;
    const cookie = (token: string) => ({ cookie: `__session=${token}; __client_uat=1; __clerk_db_jwt=local` });
    const bearerToken = await signIn();
    const cookieToken = await signIn();
    const bearer = new Client(app.url, bearerToken);
    const browser = new Client(app.url);
    // verified once, then served from the cache
    for (let i = 0; i < 3; i += 1) {
      expect((await bearer.get('/api/auth/user')).status).toBe(200);
      expect((await browser.request('GET', '/api/auth/user', undefined, cookie(cookieToken))).status).toBe(200);
    }
    // the browser signs out with its cookie: its token is refused at once, the other session goes on
    expect((await browser.post('/api/local-auth/sign-out', undefined, { ...cookie(cookieToken), origin: app.url })).status).toBe(200);
    expect((await browser.request('GET', '/api/auth/user', undefined, cookie(cookieToken))).status).toBe(401);
    expect((await new Client(app.url, cookieToken).get('/api/auth/user')).status).toBe(401);
    expect((await bearer.get('/api/auth/user')).status).toBe(200);
    expect((await bearer.post('/api/local-auth/sign-out')).status).toBe(200);
    expect((await bearer.get('/api/auth/user')).status).toBe(401);
  });

  it('lists sessions and revokes one from another', async () => {
    const a = new Client(app.url, (await post(app, '/api/local-auth/sign-in', { email: owner, password: PASSWORD })).body.data.token);
    const b = new Client(
      app.url,
      (
        await post(
          app,
          '/api/local-auth/sign-in',
          { email: owner, password: PASSWORD },
          { 'user-agent': 'Mozilla/5.0 (Windows NT 10.0) Firefox/140.0' },
        )
      ).body.data.token,
    );
    const list = await a.get('/api/local-auth/sessions');
    expect(list.status).toBe(200);
    const current = list.body.data.filter((s: { current: boolean }) => s.current);
    expect(current).toHaveLength(1);
    const other = list.body.data.find((s: { user_agent: string | null }) => s.user_agent?.includes('Firefox'));
    expect(other).toBeDefined();
    expect((await b.get('/api/auth/user')).status).toBe(200);
    expect((await a.delete(`/api/local-auth/sessions/${other.id}`)).status).toBe(200);
    expect((await b.get('/api/auth/user')).status).toBe(401);
    expect((await a.get('/api/auth/user')).status).toBe(200);
    expect((await a.delete(`/api/local-auth/sessions/${other.id}`)).status).toBe(404);
  });

  it('changes the password only with the current one, and signs the other sessions out', async () => {
    const mine = new Client(app.url, (await post(app, '/api/local-auth/sign-in', { email: owner, password: PASSWORD })).body.data.token);
    const elsewhere = new Client(
      app.url,
      (await post(app, '/api/local-auth/sign-in', { email: owner, password: PASSWORD })).body.data.token,
    );
    expect((await elsewhere.get('/api/auth/user')).status).toBe(200);
    const wrong = await mine.post('/api/local-auth/password', { current_password: 'nope nope nope', new_password: `${PASSWORD} v2` });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.details.current_password).toBeDefined();
    const changed = await mine.post('/api/local-auth/password', { current_password: PASSWORD, new_password: `${PASSWORD} v2` });
    expect(changed.status, changed.text).toBe(200);
    expect(changed.body.data.signed_out_sessions).toBeGreaterThanOrEqual(1);
    expect((await elsewhere.get('/api/auth/user')).status).toBe(401);
    expect((await mine.get('/api/auth/user')).status).toBe(200);
    expect((await post(app, '/api/local-auth/sign-in', { email: owner, password: PASSWORD })).status).toBe(401);
    expect((await post(app, '/api/local-auth/sign-in', { email: owner, password: `${PASSWORD} v2` })).status).toBe(200);
  });

  it('resets a password by an emailed single-use link, and never tells whether an email has an account', async () => {
    const known = await post(app, '/api/local-auth/password-reset', { email: owner });
    const unknown = await post(app, '/api/local-auth/password-reset', { email: 'nobody-else@example.com' });
    expect(known.status).toBe(202);
    expect(unknown.status).toBe(202);
    expect(known.body).toEqual(unknown.body);

    const message = await newestOutboxMessage(app.dataDir);
    expect(message.to).toBe(owner);
    expect(message.subject).toBe('Reset your password');
    const token = /\/reset-password\?token=([\w-]+)/.exec(message.text)?.[1];
    expect(token).toBeDefined();

    const before = new Client(
      app.url,
      (await post(app, '/api/local-auth/sign-in', { email: owner, password: `${PASSWORD} v2` })).body.data.token,
    );
    const weak = await post(app, '/api/local-auth/password-reset/confirm', { token, password: 'short' });
    expect(weak.status).toBe(400);
    const done = await post(app, '/api/local-auth/password-reset/confirm', { token, password: `${PASSWORD} v3` });
    expect(done.status, done.text).toBe(200);
    expect((await before.get('/api/auth/user')).status).toBe(401);
    const again = await post(app, '/api/local-auth/password-reset/confirm', { token, password: `${PASSWORD} v4` });
    expect(again.status).toBe(404);
    expect((await post(app, '/api/local-auth/sign-in', { email: owner, password: `${PASSWORD} v3` })).status).toBe(200);
    const forged = await post(app, '/api/local-auth/password-reset/confirm', { token: 'x'.repeat(43), password: `${PASSWORD} v5` });
    expect(forged.status).toBe(404);
  });

  it('shows the password form, not the passwordless one, and no development banner', async () => {
    const page = await fetch(`${app.url}/sign-in`);
    const html = await page.text();
    expect(html).toContain('type="password"');
    expect(html).not.toContain('dev-sign-in-banner');
    expect((await fetch(`${app.url}/reset-password`)).status).toBe(200);
  });
});

describe('LOCAL_SIGNUP=open', () => {
  it('lets more than one person sign up, never twice with one email, and keeps their sessions apart', { timeout: 120_000 }, async () => {
    const app = await startApp({ AUTH_MODE: 'local', LOCAL_SIGNUP: 'open' });
    started.push(app);
    const first = await post(app, '/api/local-auth/sign-up', { email: 'first@example.com', password: PASSWORD });
    const second = await post(app, '/api/local-auth/sign-up', { email: 'second@example.com', password: PASSWORD });
    expect([first.status, second.status]).toEqual([201, 201]);

    // one account can neither see nor end another's sessions
    const a = new Client(app.url, first.body.data.token);
    const b = new Client(app.url, second.body.data.token);
    const [sessionOfA] = (await a.get('/api/local-auth/sessions')).body.data;
    const seenByB = (await b.get('/api/local-auth/sessions')).body.data.map((s: { id: string }) => s.id);
    expect(seenByB).not.toContain(sessionOfA.id);
    expect((await b.delete(`/api/local-auth/sessions/${sessionOfA.id}`)).status).toBe(404);
    expect((await a.get('/api/auth/user')).status).toBe(200);

    const twice = await post(app, '/api/local-auth/sign-up', { email: 'Second@Example.com', password: PASSWORD });
    expect(twice.status).toBe(409);
    expectErrorShape(twice.body, 'conflict');
  });
});

describe('development sign-in (AUTH_MODE=dev)', () => {
  it('keeps the passwordless shape, has no sign-up, and is not fooled by forwarded headers', { timeout: 120_000 }, async () => {
    const app = await startApp({ AUTH_MODE: 'dev' });
    started.push(app);
    const res = await post(
      app,
      '/api/local-auth/sign-in',
      { email: 'dev@example.com', first_name: 'Dev' },
      { 'x-forwarded-for': '203.0.113.7', 'x-real-ip': '203.0.113.7' },
    );
    expect(res.status, res.text).toBe(200);
    expect(res.body.data.user.email).toBe('dev@example.com');
    expect((await post(app, '/api/local-auth/sign-up', { email: 'x@example.com', password: PASSWORD })).status).toBe(404);
    expect((await post(app, '/api/local-auth/password-reset', { email: 'x@example.com' })).status).toBe(404);
    const page = await (await fetch(`${app.url}/sign-in`)).text();
    expect(page).toContain('dev-sign-in-banner');
    expect(app.logs()).toMatch(/development sign-in is on: anyone on this computer can sign in as anyone/);
  });
});

describe('boot refuses unsafe combinations, with one clear line', () => {
  const cases: [string, Record<string, string>, RegExp][] = [
    ['development sign-in in a production deployment', { AUTH_MODE: 'dev', APP_ENV: 'production' }, /production deployment/],
    [
      'local accounts next to live Clerk keys',
      { AUTH_MODE: 'local', NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY: 'pk_live_eA==', CLERK_SECRET_KEY: 'sk_live_x' },
      /live Clerk key/,
    ],
    ['half a Clerk configuration', { AUTH_MODE: '', CLERK_SECRET_KEY: 'sk_test_x' }, /set both for Clerk mode/],
    ['Clerk mode without keys', { AUTH_MODE: 'clerk' }, /AUTH_MODE=clerk: set NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY/],
  ];
  for (const [name, env, message] of cases) {
    it(name, async () => {
      const app = await startApp(env, { waitForHealth: false });
      started.push(app);
      const code = await new Promise<number | null>((resolve) => {
        if (app.process.exitCode !== null) resolve(app.process.exitCode);
        app.process.once('exit', (c) => resolve(c));
      });
      expect(code).toBe(1);
      expect(app.logs()).toMatch(/cannot start:/);
      expect(app.logs()).toMatch(message);
    });
  }
});
