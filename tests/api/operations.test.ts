import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import postgres from 'postgres';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { MIGRATION_LOCK_KEY, readMigrations } from '../../src/lib/db/migrate';
import { type AppServer, startApp } from '../helpers/app';
import { signIn } from '../helpers/client';
import { awayFromWindowEdge } from '../helpers/window';
import { APP_ROLE, createDatabase } from '../helpers/database';
import { startPostgres } from '../helpers/postgres';

/** Start-up, limits, faults, stopping and upgrades: each test starts the servers it needs. */

const started: { stop(): Promise<void> }[] = [];
afterAll(async () => {
  for (const s of started.reverse()) await s.stop();
});

describe('operations', () => {
  it('refuses a second server process on the same DATA_DIR, with a clear message', { timeout: 120_000 }, async () => {
    const [pglite] = inject('backends');
    const second = await startApp({}, { dataDir: pglite!.dataDir, waitForHealth: false });
    const code = await new Promise<number | null>((resolve) => second.process.once('exit', (c) => resolve(c)));
    expect(code).toBe(1);
    expect(second.logs()).toMatch(/data directory .* is in use by another server process \(pid \d+\)/);
    // the first one is unaffected
    expect((await fetch(`${pglite!.url}/api/health`)).status).toBe(200);
  });

  it('rate limits per user with 429 and Retry-After, without limiting another user', { timeout: 120_000 }, async () => {
    const app = await startApp({ RATE_LIMIT_PER_MINUTE: '5' });
    started.push(app);
    const alice = await signIn(app.url); // sign-in counts against the IP, not alice
    await awayFromWindowEdge(60_000);
    const statuses: number[] = [];
    let limited: Response | undefined;
    for (let i = 0; i < 7; i += 1) {
      const res = await fetch(`${app.url}/api/contacts`, { headers: { authorization: `Bearer ${alice.token}` } });
      statuses.push(res.status);
      if (res.status === 429) limited ??= res;
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429]);
    const retryAfter = Number(limited!.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(limited!.headers.get('x-ratelimit-limit')).toBe('5');
    expect(((await limited!.json()) as any).error.code).toBe('rate_limited');
    const bob = await signIn(app.url);
    expect((await bob.get('/api/contacts')).status).toBe(200);
  });

  it('answers 503 while PostgreSQL is down and recovers without a restart', { timeout: 120_000 }, async () => {
    const pg = await startPostgres();
    started.push(pg);
    const db = await createDatabase(pg.adminUrl, 'fault');
    const app = await startApp({ DATABASE_URL: db.appUrl });
    started.push(app);
    const alice = await signIn(app.url);
    expect((await alice.get('/api/contacts')).status).toBe(200);

    await pg.pause();
    const health = await fetch(`${app.url}/api/health`);
    expect(health.status).toBe(503);
    expect(await health.json()).toEqual({ data: { status: 'error', database: 'unreachable' } });
    const list = await alice.get('/api/contacts');
    expect(list.status).toBe(503);
    expect(list.body.error.code).toBe('service_unavailable');
    expect(list.text).not.toMatch(/ECONNREFUSED|stack|at /);

    await pg.resume();
    let status = 0;
    for (let i = 0; i < 50 && status !== 200; i += 1) {
      status = (await fetch(`${app.url}/api/health`)).status;
      if (status !== 200) await new Promise((r) => setTimeout(r, 200));
    }
    expect(status).toBe(200);
    expect((await alice.get('/api/contacts')).status).toBe(200);
  });

  it('refuses to start as a database role that bypasses row level security, with one clear line', { timeout: 120_000 }, async () => {
    const pg = await startPostgres();
    started.push(pg);
    const db = await createDatabase(pg.adminUrl, 'superuser');
    const app = await startApp({ DATABASE_URL: db.adminUrl }, { waitForHealth: false });
    started.push(app);
    const code = await new Promise<number | null>((resolve) => app.process.once('exit', (c) => resolve(c)));
    expect(code).toBe(1);
    expect(app.logs()).toMatch(/cannot start:\n {2}- DATABASE_URL connects as postgres, a superuser, which bypasses row level security/);
  });

  it('applies migrations once with npm run db:migrate', async () => {
    const pg = await startPostgres();
    started.push(pg);
    const db = await createDatabase(pg.adminUrl, 'migrate');
    const run = () =>
      new Promise<{ code: number | null; out: string }>((resolve) => {
        const child = spawn(process.execPath, [path.resolve('node_modules/tsx/dist/cli.mjs'), 'scripts/db-migrate.ts'], {
          // the owner migrates; the app's own role (DATABASE_URL) could not
          env: { ...process.env, NODE_ENV: 'production', DATABASE_URL: db.appUrl, DATABASE_MIGRATION_URL: db.adminUrl },
        });
        let out = '';
        child.stdout.on('data', (d) => (out += d));
        child.stderr.on('data', (d) => (out += d));
        child.on('exit', (code) => resolve({ code, out }));
      });
    const first = await run();
    expect(first.code, first.out).toBe(0);
    expect(first.out).toContain('up to date');
  });
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const dueIn = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** Resolves with the exit code (and when) of a server process; call it before signalling. */
function exitOf(app: AppServer): Promise<{ code: number | null; at: number }> {
  return new Promise((resolve) => {
    if (app.process.exitCode !== null) resolve({ code: app.process.exitCode, at: Date.now() });
    else app.process.once('exit', (code) => resolve({ code, at: Date.now() }));
  });
}

/** What a new connection gets: a status, or the error code (ECONNREFUSED). */
async function knock(url: string): Promise<number | string> {
  return fetch(url, { signal: AbortSignal.timeout(5000) }).then(
    (r) => r.status,
    (e: Error & { cause?: { code?: string } }) => e.cause?.code ?? e.message,
  );
}

type HeldResult = { status: number; body: Buffer; connection: string | undefined } | { error: string };

/**
 * A request the server has certainly received before the test goes on: it is
 * sent with `Expect: 100-continue`, and `accepted` resolves when the server
 * answers 100 Continue (Node.js does that just before handing the request to
 * Next.js). A POST's body is held back until `finish()`: a slow upload, in
 * flight for as long as the test wants.
 */
function held(url: string, method: 'GET' | 'POST', target: string, token: string, agent: http.Agent, body?: unknown) {
  const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
  const req = http.request(`${url}${target}`, {
    method,
    agent,
    headers: {
      authorization: `Bearer ${token}`,
      expect: '100-continue',
      ...(payload ? { 'content-type': 'application/json', 'content-length': String(payload.length) } : {}),
    },
  });
  const accepted = new Promise<void>((resolve) => req.once('continue', () => resolve()));
  const response = new Promise<HeldResult>((resolve) => {
    req.once('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.once('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks), connection: res.headers.connection }));
      res.once('error', (e: NodeJS.ErrnoException) => resolve({ error: e.code ?? e.message }));
    });
    req.once('error', (e: NodeJS.ErrnoException) => resolve({ error: e.code ?? e.message }));
  });
  if (payload) req.flushHeaders();
  else req.end();
  return { accepted, response, finish: () => void (payload && req.end(payload)) };
}

/** PGlite's control file: 1 is "shut down" (a clean close), 6 "in production" (open, or killed). */
function pgliteState(dataDir: string): number {
  return fs.readFileSync(path.join(dataDir, 'pglite', 'global', 'pg_control')).readInt32LE(16);
}

function shutdownLine(app: AppServer): Record<string, unknown> | undefined {
  const line = app
    .logs()
    .split('\n')
    .find((l) => l.includes('"msg":"shutdown.done"'));
  return line ? (JSON.parse(line) as Record<string, unknown>) : undefined;
}

async function ownEnv(kind: 'pglite' | 'postgres', name: string): Promise<Record<string, string>> {
  if (kind === 'pglite') return { LOG_LEVEL: 'info' };
  return { LOG_LEVEL: 'info', DATABASE_URL: (await createDatabase(inject('pgAdminUrl'), name)).appUrl };
}

const ITEMS = [{ description: 'Workshop', quantity: 2, unit_price: '450.00' }];

describe.each(['pglite', 'postgres'] as const)('graceful stop on %s', (kind) => {
  it('lets the requests in flight finish on SIGTERM, refuses new connections, closes the database and exits 0 within 10 s', async () => {
    const env = await ownEnv(kind, 'stop');
    const app = await startApp(env);
    started.push(app);
    const alice = await signIn(app.url);
    const contact = (await alice.post('/api/contacts', { first_name: 'Before', email: 'before@example.com' })).body.data.id;
    const invoice = (await alice.post('/api/invoices', { contact_id: contact, due_date: dueIn(30), items: ITEMS })).body.data.id;
    expect(invoice).toBeTruthy();

    // keep-alive, as browsers and proxies connect
    const agent = new http.Agent({ keepAlive: true, maxSockets: 32 });
    const uploads = Array.from({ length: 4 }, (_, i) =>
      held(app.url, 'POST', '/api/contacts', alice.token!, agent, { first_name: `Slow ${i}`, email: `slow${i}@example.com` }),
    );
    const pdfs = Array.from({ length: 3 }, () => held(app.url, 'GET', `/api/invoices/${invoice}/pdf`, alice.token!, agent));
    const csv = held(app.url, 'GET', '/api/contacts?format=csv', alice.token!, agent);
    await Promise.all([...uploads, ...pdfs, csv].map((h) => h.accepted));

    const exited = exitOf(app);
    const signalled = Date.now();
    app.process.kill('SIGTERM');
    await sleep(500);
    // the listener is closed: a new connection is not served (refused, or reset when it
    // reached the kernel's queue in the moment the listener closed, on a loaded machine)
    expect(['ECONNREFUSED', 'ECONNRESET']).toContain(await knock(`${app.url}/api/health/live`));
    expect(app.process.exitCode).toBeNull();
    // the slow uploads end 2 s into the stop, and are answered
    await sleep(1500);
    for (const upload of uploads) upload.finish();

    for (const upload of uploads) {
      const result = await upload.response;
      expect(result, JSON.stringify(result).slice(0, 200)).toMatchObject({ status: 201, connection: 'close' });
    }
    for (const pdf of pdfs) {
      const result = await pdf.response;
      expect('status' in result && result.status).toBe(200);
      const body = (result as { body: Buffer }).body;
      expect(body.subarray(0, 5).toString()).toBe('%PDF-');
      expect(body.subarray(-8).toString()).toContain('%%EOF');
    }
    const list = await csv.response;
    expect('status' in list && list.status).toBe(200);
    expect((list as { body: Buffer }).body.toString()).toContain('Before');

    const { code, at } = await exited;
    const stopMs = at - signalled;
    expect(code).toBe(0);
    expect(stopMs).toBeLessThan(10_000);
    expect(shutdownLine(app)).toMatchObject({ drained: true, exit_code: 0 });
    if (kind === 'pglite') {
      expect(pgliteState(app.dataDir)).toBe(1);
      expect(fs.existsSync(path.join(app.dataDir, 'server.lock'))).toBe(false);
    }
    console.warn(`[stop ${kind}] SIGTERM → exit 0 in ${stopMs} ms (last request answered 2 s in); ${JSON.stringify(shutdownLine(app))}`);

    // the same data, a new process: everything answered is there
    const again = await startApp(env, { dataDir: app.dataDir });
    started.push(again);
    const same = await signIn(again.url, alice.user.email);
    const names = ((await same.get('/api/contacts?limit=200')).body.data as { first_name: string }[]).map((c) => c.first_name).sort();
    expect(names).toEqual(['Before', 'Slow 0', 'Slow 1', 'Slow 2', 'Slow 3']);
    agent.destroy();
  }, 60_000);
});

describe('graceful stop', () => {
  it('answers readiness 503 while draining and liveness 200, and keeps GET /api/health as it was', async () => {
    const app = await startApp({ SHUTDOWN_DELAY_MS: '1500', LOG_LEVEL: 'info' });
    started.push(app);
    const alice = await signIn(app.url);
    const live = await fetch(`${app.url}/api/health/live`);
    expect(live.status).toBe(200);
    expect(await live.json()).toEqual({ data: { status: 'ok' } });
    expect(live.headers.get('cache-control')).toContain('no-store');
    expect(live.headers.get('x-content-type-options')).toBe('nosniff');
    const ready = await fetch(`${app.url}/api/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ data: { status: 'ready' } });
    expect((await fetch(`${app.url}/api/health/ready`, { method: 'POST' })).status).toBe(405);

    const exited = exitOf(app);
    const signalled = Date.now();
    app.process.kill('SIGTERM');
    await sleep(300);
    // during SHUTDOWN_DELAY_MS: not ready, still alive, still serving (each answer closes its connection)
    const draining = await fetch(`${app.url}/api/health/ready`);
    expect(draining.status).toBe(503);
    expect(await draining.json()).toEqual({ data: { status: 'draining' } });
    const stillLive = await fetch(`${app.url}/api/health/live`);
    expect(stillLive.status).toBe(200);
    const health = await fetch(`${app.url}/api/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ data: { status: 'ok', database: 'ok' } });
    const served = await new Promise<{ status: number; connection?: string }>((resolve, reject) => {
      http
        .get(
          `${app.url}/api/contacts`,
          { headers: { authorization: `Bearer ${alice.token}` }, agent: new http.Agent({ keepAlive: true }) },
          (res) => {
            res.resume();
            res.once('end', () => resolve({ status: res.statusCode ?? 0, connection: res.headers.connection }));
          },
        )
        .once('error', reject);
    });
    expect(served).toEqual({ status: 200, connection: 'close' });

    await sleep(1500);
    expect(await knock(`${app.url}/api/health/ready`)).toBe('ECONNREFUSED');
    const { code, at } = await exited;
    expect(code).toBe(0);
    expect(at - signalled).toBeLessThan(10_000);
    expect(pgliteState(app.dataDir)).toBe(1);
    console.warn(`[stop delay] SIGTERM with SHUTDOWN_DELAY_MS=1500 → exit 0 in ${at - signalled} ms`);
  }, 60_000);

  it('cuts what is still open at the deadline and exits within 10 s, the database closed', async () => {
    const app = await startApp({ LOG_LEVEL: 'info' });
    started.push(app);
    const alice = await signIn(app.url);
    const agent = new http.Agent({ keepAlive: true });
    const stuck = held(app.url, 'POST', '/api/contacts', alice.token!, agent, { first_name: 'Never sent' });
    const slow = held(app.url, 'POST', '/api/contacts', alice.token!, agent, { first_name: 'Sent late' });
    await Promise.all([stuck.accepted, slow.accepted]);
    const exited = exitOf(app);
    const signalled = Date.now();
    app.process.kill('SIGTERM');
    await sleep(3000);
    slow.finish();
    expect(await slow.response).toMatchObject({ status: 201 });
    const { code, at } = await exited;
    const stopMs = at - signalled;
    expect(code).toBe(0);
    expect(stopMs).toBeGreaterThanOrEqual(7_500);
    expect(stopMs).toBeLessThan(10_000);
    expect(await stuck.response).toHaveProperty('error');
    expect(app.logs()).toMatch(/"msg":"shutdown.deadline".*"cut":1/);
    expect(shutdownLine(app)).toMatchObject({ drained: false, exit_code: 0 });
    expect(pgliteState(app.dataDir)).toBe(1);
    console.warn(`[stop deadline] a request never finished: exit 0 in ${stopMs} ms`);
    agent.destroy();
  }, 60_000);
});

/** A copy of supabase/ with one more migration, which fails halfway. */
function supabaseWithBrokenMigration(): { dir: string; file: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledgerly-supabase-'));
  fs.cpSync(path.resolve('supabase'), dir, { recursive: true });
  const file = '99999999999999_broken_probe.sql';
  fs.writeFileSync(
    path.join(dir, 'migrations', file),
    [
      '-- an upgrade with a mistake: what comes before the mistake must not stay either',
      'create table public.broken_probe (id int);',
      'alter table public.contacts add column broken_probe text;',
      'select * from no_such_table;',
      '',
    ].join('\n'),
  );
  return { dir, file };
}

const BROKEN_LINE =
  /\[ledgerly\] cannot start:\nMigration 99999999999999_broken_probe\.sql failed: relation "no_such_table" does not exist \(SQLSTATE 42P01, line 4\)\. No migration was applied; the database schema is unchanged\.\n/;

async function waitHealthy(url: string, app: AppServer): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (app.process.exitCode !== null) throw new Error(`exited ${app.process.exitCode}:\n${app.logs()}`);
    if ((await knock(`${url}/api/health`)) === 200) return;
    await sleep(150);
  }
  throw new Error(`not healthy within 60 s:\n${app.logs()}`);
}

describe('upgrades', () => {
  it('applies pending migrations once when two servers start at once on one PostgreSQL database', async () => {
    const adminUrl = inject('pgAdminUrl');
    // a database nothing has migrated yet; the app's login role belongs to the server, its password
    // ('app', tests/helpers/database.ts) set when the suite's own database was made
    const name = `upgrade_${process.pid}_${Date.now()}`;
    const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database ${name}`);
    await admin.end({ timeout: 5 });
    const ownerUrl = Object.assign(new URL(adminUrl), { pathname: `/${name}` }).toString();
    const appUrl = Object.assign(new URL(ownerUrl), { username: APP_ROLE, password: 'app' }).toString();

    // a third migrator holds the lock, so that both servers are sure to reach it and wait at the same time
    const owner = postgres(ownerUrl, { max: 1, onnotice: () => {} });
    await owner.unsafe(`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`);
    const env = { DATABASE_URL: appUrl, DATABASE_MIGRATION_URL: ownerUrl, DATABASE_MIGRATE_ON_BOOT: 'true', LOG_LEVEL: 'info' };
    const servers = await Promise.all([startApp(env, { waitForHealth: false }), startApp(env, { waitForHealth: false })]);
    started.push(...servers);
    let waiting = 0;
    for (let i = 0; i < 400 && waiting < 2; i += 1) {
      const [row] = await owner.unsafe<{ n: number }[]>(
        `select count(*)::int as n from pg_locks where locktype = 'advisory' and not granted and database = (select oid from pg_database where datname = current_database())`,
      );
      waiting = row!.n;
      if (waiting < 2) await sleep(150);
    }
    expect(waiting).toBe(2);
    await owner.unsafe(`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`);

    await Promise.all(servers.map((s) => waitHealthy(s.url, s)));
    const rows = await owner.unsafe<{ version: string; n: number }[]>(
      'select version, count(*)::int as n from app_meta.schema_migrations group by version order by version',
    );
    await owner.end({ timeout: 5 });
    const files = readMigrations();
    expect(rows.map((r) => r.version)).toEqual(files.map((f) => f.version));
    expect(rows.every((r) => r.n === 1)).toBe(true);
    // one server applied them all; the other found nothing left to do
    const migrated = servers.map((s) =>
      s
        .logs()
        .split('\n')
        .filter((l) => l.includes('"msg":"db.migrated"')),
    );
    expect(migrated.map((lines) => lines.length).sort()).toEqual([0, 1]);
    expect(JSON.parse(migrated.flat()[0]!).applied).toEqual(files.map((f) => f.name));
  }, 120_000);

  it('refuses to start on PGlite with one line naming a migration the database refuses, the schema unchanged', async () => {
    const first = await startApp();
    started.push(first);
    await first.stop();
    const { dir } = supabaseWithBrokenMigration();
    const app = await startApp({ SUPABASE_DIR: dir }, { dataDir: first.dataDir, waitForHealth: false });
    started.push(app);
    const { code } = await exitOf(app);
    expect(code).toBe(1);
    expect(app.logs()).toMatch(BROKEN_LINE);
    expect(fs.existsSync(path.join(first.dataDir, 'server.lock'))).toBe(false);

    const db = await PGlite.create(path.join(first.dataDir, 'pglite'));
    try {
      const [row] = (await db.query<{ n: number }>('select count(*)::int as n from app_meta.schema_migrations')).rows;
      expect(row!.n).toBe(readMigrations().length);
      const [probe] = (
        await db.query<{ t: string | null; c: number }>(
          `select to_regclass('public.broken_probe')::text as t,
                (select count(*)::int from information_schema.columns where table_name = 'contacts' and column_name = 'broken_probe') as c`,
        )
      ).rows;
      expect(probe).toEqual({ t: null, c: 0 });
    } finally {
      await db.close();
    }
    // and the previous version still starts on it
    const again = await startApp({}, { dataDir: first.dataDir });
    started.push(again);
  }, 120_000);

  it('refuses to start on PostgreSQL with one line naming a migration the database refuses, the schema unchanged', async () => {
    const db = await createDatabase(inject('pgAdminUrl'), 'broken');
    const { dir } = supabaseWithBrokenMigration();
    const app = await startApp(
      { DATABASE_URL: db.appUrl, DATABASE_MIGRATION_URL: db.adminUrl, DATABASE_MIGRATE_ON_BOOT: 'true', SUPABASE_DIR: dir },
      { waitForHealth: false },
    );
    started.push(app);
    const { code } = await exitOf(app);
    expect(code).toBe(1);
    expect(app.logs()).toMatch(BROKEN_LINE);
    const owner = postgres(db.adminUrl, { max: 1, onnotice: () => {} });
    try {
      const [row] = await owner<{ n: number }[]>`select count(*)::int as n from app_meta.schema_migrations`;
      expect(row!.n).toBe(readMigrations().length);
      const [probe] = await owner<{ t: string | null; c: number }[]>`
        select to_regclass('public.broken_probe')::text as t,
               (select count(*)::int from information_schema.columns where table_name = 'contacts' and column_name = 'broken_probe') as c`;
      expect(probe).toEqual({ t: null, c: 0 });
    } finally {
      await owner.end({ timeout: 5 });
    }
  }, 120_000);
});
