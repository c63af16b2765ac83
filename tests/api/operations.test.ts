import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { startApp } from '../helpers/app';
import { awayFromWindowEdge, signIn } from '../helpers/client';
import { createDatabase } from '../helpers/database';
import { startPostgres } from '../helpers/postgres';

/** Start-up, limits and faults: each test starts the servers it needs. */

const started: { stop(): Promise<void> }[] = [];
afterAll(async () => {
  for (const s of started.reverse()) await s.stop();
});

describe('operations', () => {
  it('refuses a second server process on the same DATA_DIR, with a clear message', async () => {
    const [pglite] = inject('backends');
    const second = await startApp({}, { dataDir: pglite!.dataDir, waitForHealth: false });
    const code = await new Promise<number | null>((resolve) => second.process.once('exit', (c) => resolve(c)));
    expect(code).toBe(1);
    expect(second.logs()).toMatch(/data directory .* is in use by another server process \(pid \d+\)/);
    // the first one is unaffected
    expect((await fetch(`${pglite!.url}/api/health`)).status).toBe(200);
  });

  it('rate limits per user with 429 and Retry-After, without limiting another user', async () => {
    const app = await startApp({ RATE_LIMIT_PER_MINUTE: '5' });
    started.push(app);
    const alice = await signIn(app.url); // sign-in counts against the IP, not alice
    await awayFromWindowEdge();
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

  it('answers 503 while PostgreSQL is down and recovers without a restart', async () => {
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

  it('refuses to start as a database role that bypasses row level security, with one clear line', async () => {
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

