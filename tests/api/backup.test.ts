import { execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import postgres from 'postgres';
import { afterAll, describe, expect, it } from 'vitest';
import { backupFileName, listBackups } from '../../src/lib/backup/files';
import { decodeBackup } from '../../src/lib/backup/format';
import { readMigrations } from '../../src/lib/db/migrate';
import { type AppServer, startApp } from '../helpers/app';
import { type Client, signIn } from '../helpers/client';
import { APP_ROLE, createDatabase } from '../helpers/database';
import { findPgBinDir, startPostgres } from '../helpers/postgres';

/**
 * Backups (docs/decisions/0095-backups.md), through the commands an operator
 * types and the HTTP API:
 *  - `npm run backup` while the server runs and clients keep writing invoices
 *    with items and payments; `npm run restore` into a new DATA_DIR; the app
 *    started on it has every write acknowledged before the backup started,
 *    with its totals, nothing half written, and nothing begun after it ended;
 *  - a backup taken with no server running, of an older schema, restored and
 *    migrated forward by `npm start`;
 *  - restore refusals, each one line and exit code 1;
 *  - the server's daily backup and retention (BACKUP_DIR, BACKUP_AT, BACKUP_KEEP);
 *  - PostgreSQL: pg_dump as the owner while clients write, pg_restore into a
 *    new server prepared with supabase/restore-roles.sql, the app as ledgerly_app.
 */

const root = path.resolve(import.meta.dirname, '../..');
const started: { stop(): Promise<void> }[] = [];
afterAll(async () => {
  for (const s of started.reverse()) await s.stop();
});
const tmp = (prefix: string) => fs.mkdtempSync(path.join(os.tmpdir(), `ledgerly-${prefix}-`));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** `npm run <script> -- args` as an operator runs it (npm's own chatter silenced), bounded in time. */
function npmRun(script: string, args: string[], env: Record<string, string>, timeoutMs = 120_000): Promise<Run> {
  const t0 = Date.now();
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', script, '--', ...args], {
      cwd: root,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        LOG_LEVEL: 'warn',
        NEXT_TELEMETRY_DISABLED: '1',
        ...env,
      } as unknown as NodeJS.ProcessEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, ms: Date.now() - t0 });
    });
  });
}

/** A refusal: exit code 1 and exactly one line on stderr matching `pattern`. */
function expectRefusal(run: Run, pattern: RegExp): void {
  expect(run.code, run.stdout + run.stderr).toBe(1);
  const lines = run.stderr.trim().split('\n');
  expect(lines, run.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
}

const dueIn = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const ITEMS = [
  { description: 'Workshop', quantity: 2, unit_price: '450.00' },
  { description: 'Travel', quantity: 1, unit_price: '89.90' },
  { description: 'Materials', quantity: 2.5, unit_price: '12.35' },
];
const TOTAL = '1020.78';
const PAYMENT = '100.00';

interface Write {
  kind: 'invoice' | 'payment';
  client: number;
  id: string;
  invoiceId: string;
  /** when the request was sent / its answer arrived */
  sentAt: number;
  ackAt: number;
}

/** Clients that each create invoices (three items) and pay 100.00 on each, until stopped. */
async function startWriters(url: string, count: number) {
  const clients = await Promise.all(Array.from({ length: count }, () => signIn(url)));
  const contacts = await Promise.all(
    clients.map(
      async (c) => (await c.post('/api/contacts', { first_name: 'Backup client', email: 'backup@example.com' })).body.data.id as string,
    ),
  );
  const writes: Write[] = [];
  let stop = false;
  const deadline = Date.now() + 90_000;
  const loops = clients.map(async (client, i) => {
    while (!stop && Date.now() < deadline) {
      let sentAt = Date.now();
      const invoice = await client.post('/api/invoices', { contact_id: contacts[i], due_date: dueIn(30), status: 'sent', items: ITEMS });
      expect(invoice.status, invoice.text).toBe(201);
      const invoiceId = invoice.body.data.id as string;
      writes.push({ kind: 'invoice', client: i, id: invoiceId, invoiceId, sentAt, ackAt: Date.now() });
      sentAt = Date.now();
      const payment = await client.post(`/api/invoices/${invoiceId}/payments`, { amount: PAYMENT });
      expect(payment.status, payment.text).toBe(201);
      writes.push({ kind: 'payment', client: i, id: payment.body.data.id, invoiceId, sentAt, ackAt: Date.now() });
    }
  });
  const done = Promise.all(loops);
  done.catch(() => undefined); // reported by stop()
  return {
    clients,
    writes,
    stop: async () => {
      stop = true;
      await done;
    },
  };
}

async function allInvoices(client: Client): Promise<any[]> {
  const rows: any[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < 50; page += 1) {
    const res: { status: number; body: any } = await client.get(
      `/api/invoices?limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
    );
    expect(res.status).toBe(200);
    rows.push(...res.body.data);
    cursor = res.body.page.next_cursor;
    if (!cursor) return rows;
  }
  throw new Error('too many pages');
}

/**
 * On the restored copy: every write acknowledged before the backup started is
 * there, with its totals; every invoice there is whole (three items, its
 * total, paid exactly what its payments add up to); nothing begun after the
 * backup ended is there. Returns how many invoices the copy holds.
 */
async function checkRestored(url: string, writes: Write[], emails: string[], backupStart: number, backupEnd: number): Promise<number> {
  const again = await Promise.all(emails.map((email) => signIn(url, email)));
  const before = writes.filter((w) => w.ackAt < backupStart);
  const after = new Set(writes.filter((w) => w.sentAt > backupEnd && w.kind === 'invoice').map((w) => w.id));
  const paymentsBefore = new Set(before.filter((w) => w.kind === 'payment').map((w) => w.id));
  let present = 0;
  for (const [i, client] of again.entries()) {
    const invoices = new Map((await allInvoices(client)).map((inv) => [inv.id as string, inv]));
    for (const w of before.filter((x) => x.client === i && x.kind === 'invoice')) {
      expect(invoices.has(w.id), `invoice ${w.id} acknowledged before the backup`).toBe(true);
    }
    for (const [id, listed] of invoices) {
      expect(after.has(id), `invoice ${id} was created after the backup ended`).toBe(false);
      expect(listed.total_amount).toBe(TOTAL);
      const detail = (await client.get(`/api/invoices/${id}`)).body.data;
      expect(detail.items).toHaveLength(3);
      expect(detail.total_amount).toBe(TOTAL);
      expect(detail.payments.length).toBeLessThanOrEqual(1);
      expect(detail.amount_paid).toBe(detail.payments.length ? PAYMENT : '0.00');
      for (const p of detail.payments) paymentsBefore.delete(p.id);
      present += 1;
    }
  }
  expect([...paymentsBefore], 'payments acknowledged before the backup and missing').toEqual([]);
  return present;
}

describe('backups of the embedded database', () => {
  it('backs up the running server while clients write, and the restored copy has every acknowledged write, whole', async () => {
    const app = await startApp();
    started.push(app);
    const writers = await startWriters(app.url, 3);
    await new Promise((r) => setTimeout(r, 2000));
    const file = path.join(tmp('backup-out'), 'ledgerly.backup');
    const backupStart = Date.now();
    const backup = await npmRun('backup', ['--out', file], { DATA_DIR: app.dataDir });
    const backupEnd = Date.now();
    await new Promise((r) => setTimeout(r, 500));
    await writers.stop();
    expect(backup.code, backup.stderr).toBe(0);
    expect(backup.stdout).toMatch(new RegExp(`taken by the running server, pid ${app.process.pid}`));
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(fs.readdirSync(path.dirname(file))).toEqual(['ledgerly.backup']);
    const { manifest } = decodeBackup(fs.readFileSync(file));
    expect(manifest).toMatchObject({ taken_by: 'server', schema_version: readMigrations().at(-1)!.version });

    const before = writers.writes.filter((w) => w.ackAt < backupStart);
    const during = writers.writes.filter((w) => w.ackAt > backupStart && w.ackAt < backupEnd);
    expect(before.length).toBeGreaterThan(6);
    // the server kept answering writes while the backup ran
    expect(during.length).toBeGreaterThan(0);

    // the running server's directory is refused
    expectRefusal(await npmRun('restore', [file], { DATA_DIR: app.dataDir }), /DATA_DIR .* is in use by a running server \(pid \d+\)/);

    const dataDir = path.join(tmp('restored'), 'data');
    const restore = await npmRun('restore', [file], { DATA_DIR: dataDir });
    expect(restore.code, restore.stderr).toBe(0);
    expect(restore.stdout).toMatch(/Restored the backup of .* Its schema is current/);
    const second = await startApp({}, { dataDir });
    started.push(second);
    const present = await checkRestored(
      second.url,
      writers.writes,
      writers.clients.map((c) => c.user.email),
      backupStart,
      backupEnd,
    );
    expect(present).toBeGreaterThanOrEqual(before.filter((w) => w.kind === 'invoice').length);
    const size = fs.statSync(file).size;
    const latency = (ws: Write[]) => Math.max(...ws.map((w) => w.ackAt - w.sentAt));
    const overlapping = writers.writes.filter((w) => w.ackAt > backupStart && w.sentAt < backupEnd);
    console.warn(
      `[backup pglite] ${(size / 1e6).toFixed(1)} MB in ${backup.ms} ms (the command, tsx start included) under ${writers.clients.length} writers; ` +
        `${writers.writes.length} writes, ${before.length} acknowledged before the backup and checked, ${during.length} during it; ` +
        `slowest write ${latency(before)} ms before, ${latency(overlapping)} ms during; ${present} invoices restored`,
    );
  }, 240_000);

  it('backs up with no server running, and a restored older schema is migrated forward by npm start', async () => {
    // an installation of an older version: its database has only the first migrations
    const older = tmp('older-code');
    const known = readMigrations();
    const kept = known.slice(0, known.length - 3);
    fs.mkdirSync(path.join(older, 'migrations'));
    fs.copyFileSync(path.join(root, 'supabase/bootstrap.sql'), path.join(older, 'bootstrap.sql'));
    for (const m of kept) fs.copyFileSync(path.join(root, 'supabase/migrations', m.name), path.join(older, 'migrations', m.name));
    const oldData = path.join(tmp('older-data'), 'data');
    const migrated = await npmRun('db:migrate', [], { DATA_DIR: oldData, SUPABASE_DIR: older });
    expect(migrated.code, migrated.stderr).toBe(0);

    const file = path.join(tmp('offline-out'), 'older.backup');
    const backup = await npmRun('backup', ['--out', file], { DATA_DIR: oldData });
    expect(backup.code, backup.stderr).toBe(0);
    expect(backup.stdout).toMatch(/no server running/);
    expect(decodeBackup(fs.readFileSync(file)).manifest).toMatchObject({ taken_by: 'offline', schema_version: kept.at(-1)!.version });
    // the command let go of the directory: a server can start on it
    expect(fs.existsSync(path.join(oldData, 'server.lock'))).toBe(false);

    const dataDir = tmp('restored-older'); // an existing, empty directory
    const restore = await npmRun('restore', [file], { DATA_DIR: dataDir });
    expect(restore.code, restore.stderr).toBe(0);
    expect(restore.stdout).toMatch(/npm start will apply 3 newer migrations/);
    const app = await startApp({}, { dataDir });
    started.push(app);
    expect(app.logs()).not.toMatch(/"level":"error"/);
    const client = await signIn(app.url);
    const invoice = await client.post('/api/invoices', { due_date: dueIn(10), status: 'sent', items: ITEMS });
    expect(invoice.status, invoice.text).toBe(201);
    expect(invoice.body.data.total_amount).toBe(TOTAL);
    await app.stop();
    // every migration of this code is now applied there
    const now = await npmRun('backup', ['--out', path.join(path.dirname(file), 'now.backup')], { DATA_DIR: dataDir });
    expect(now.code, now.stderr).toBe(0);
    expect(Object.keys(decodeBackup(fs.readFileSync(path.join(path.dirname(file), 'now.backup'))).manifest.migrations)).toEqual(
      known.map((m) => m.version),
    );
  }, 240_000);

  it('refuses, in one line, a directory that is not empty, a file that is not a whole backup, and a newer schema', async () => {
    const source = tmp('refusals-source');
    expect((await npmRun('db:migrate', [], { DATA_DIR: source })).code).toBe(0);
    const file = path.join(tmp('refusals-out'), 'good.backup');
    expect((await npmRun('backup', ['--out', file], { DATA_DIR: source })).code).toBe(0);
    const bytes = fs.readFileSync(file);

    const notEmpty = tmp('not-empty');
    fs.writeFileSync(path.join(notEmpty, 'keep-me.txt'), 'x');
    expectRefusal(await npmRun('restore', [file], { DATA_DIR: notEmpty }), /DATA_DIR .* is not empty \(it holds keep-me.txt\)/);
    expect(fs.readdirSync(notEmpty)).toEqual(['keep-me.txt']);

    const target = path.join(tmp('refused'), 'data');
    expectRefusal(
      await npmRun('restore', [path.join(root, 'package.json')], { DATA_DIR: target }),
      /package.json is not a Ledgerly backup/,
    );
    const cut = path.join(path.dirname(file), 'cut.backup');
    fs.writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length / 2)));
    expectRefusal(await npmRun('restore', [cut], { DATA_DIR: target }), /cut.backup is an incomplete Ledgerly backup/);
    const { manifest, payload } = decodeBackup(bytes);
    const newer = path.join(path.dirname(file), 'newer.backup');
    const future = {
      ...manifest,
      migrations: { ...manifest.migrations, '29990101000000': 'f'.repeat(64) },
      schema_version: '29990101000000',
    };
    fs.writeFileSync(newer, Buffer.concat([Buffer.from(`LEDGERLY-BACKUP 1\n${JSON.stringify(future)}\n`), payload]));
    expectRefusal(await npmRun('restore', [newer], { DATA_DIR: target }), /newer.backup comes from a newer version of Ledgerly/);
    expect(fs.existsSync(target)).toBe(false);
    // and the backup command's own refusals
    expectRefusal(
      await npmRun('backup', ['--out', path.join(target, 'x.backup')], { DATA_DIR: target }),
      /There is no embedded database under/,
    );
    expectRefusal(
      await npmRun('backup', ['--out', file], { DATA_DIR: source, DATABASE_URL: 'postgres://u@127.0.0.1:1/db' }),
      /DATABASE_URL is set: .* pg_dump/,
    );
  }, 180_000);

  it('writes the daily backup (the one owed at start) and keeps the newest BACKUP_KEEP, touching no other file', async () => {
    const dir = tmp('daily');
    const old = [1, 2, 3, 4].map((d) => backupFileName(new Date(Date.UTC(2020, 0, d))));
    for (const name of old) fs.writeFileSync(path.join(dir, name), 'an old backup');
    fs.writeFileSync(path.join(dir, 'notes.txt'), 'not a backup');
    const app = await startApp({ BACKUP_DIR: dir, BACKUP_AT: '03:00', BACKUP_KEEP: '3' });
    started.push(app);
    const deadline = Date.now() + 60_000;
    const settled = () => {
      const now = listBackups(dir);
      return now.length === 3 && now[0]!.name !== old[3];
    };
    while (Date.now() < deadline && !settled()) await new Promise((r) => setTimeout(r, 250));
    const daily = listBackups(dir);
    expect(daily.map((b) => b.name).slice(1)).toEqual([old[3], old[2]]);
    expect(decodeBackup(fs.readFileSync(daily[0]!.file)).manifest.taken_by).toBe('server');
    expect(fs.existsSync(path.join(dir, 'notes.txt'))).toBe(true);

    // `--dir` names the file by its date and keeps the newest BACKUP_KEEP too
    const manual = await npmRun('backup', ['--dir', dir], { DATA_DIR: app.dataDir, BACKUP_KEEP: '3' });
    expect(manual.code, manual.stderr).toBe(0);
    expect(manual.stdout).toMatch(/removed 1 older backup\./);
    const after = listBackups(dir);
    expect(after.map((b) => b.name)).toEqual([after[0]!.name, daily[0]!.name, old[3]]);
    expect(fs.readdirSync(dir).filter((n) => !n.startsWith('ledgerly-'))).toEqual(['notes.txt']);
  }, 180_000);
});

describe('backups of PostgreSQL', () => {
  it('round-trips pg_dump (as the owner, while clients write) and pg_restore into a new server, the app connecting as ledgerly_app', async () => {
    const bin = findPgBinDir();
    expect(bin, 'PostgreSQL binaries').not.toBeNull();
    const run = promisify(execFile);
    const tool = (name: string, args: string[]) => run(path.join(bin!, name), args, { timeout: 120_000 });

    const source = await startPostgres();
    started.push(source);
    const db = await createDatabase(source.adminUrl, 'backup');
    const app = await startApp({ DATABASE_URL: db.appUrl });
    started.push(app);
    const writers = await startWriters(app.url, 2);
    await new Promise((r) => setTimeout(r, 1500));
    const file = path.join(tmp('pg-dump'), 'ledgerly.dump');
    const backupStart = Date.now();
    await tool('pg_dump', ['--format=custom', `--file=${file}`, db.adminUrl]);
    const backupEnd = Date.now();
    await writers.stop();
    await app.stop();

    // a new server: the roles first (pg_dump does not carry them), then the database
    const target = await startPostgres();
    started.push(target);
    await tool('psql', [target.adminUrl, '-v', 'ON_ERROR_STOP=1', '-q', '-f', path.join(root, 'supabase/restore-roles.sql')]);
    await tool('psql', [target.adminUrl, '-v', 'ON_ERROR_STOP=1', '-q', '-c', 'create database ledgerly']);
    const ownerUrl = new URL(target.adminUrl);
    ownerUrl.pathname = '/ledgerly';
    await tool('pg_restore', ['--no-owner', '--exit-on-error', `--dbname=${ownerUrl}`, file]);
    await tool('psql', [target.adminUrl, '-v', 'ON_ERROR_STOP=1', '-q', '-c', `alter role ${APP_ROLE} with password 'restored'`]);

    // the same roles, with the same attributes and memberships, as the migrations made on the first server
    const rolesOf = async (url: string) => {
      const sql = postgres(url, { max: 1, onnotice: () => {} });
      try {
        return await sql`
          select r.rolname, r.rolsuper, r.rolinherit, r.rolcanlogin, r.rolbypassrls, r.rolcreatedb, r.rolcreaterole,
                 array(select g.rolname from pg_auth_members m join pg_roles g on g.oid = m.roleid where m.member = r.oid order by 1)::text[] as member_of
            from pg_roles r
           where r.rolname in ('anon', 'authenticated', 'service_role', 'ledgerly_system', 'ledgerly_auth', 'ledgerly_app')
           order by r.rolname`;
      } finally {
        await sql.end({ timeout: 5 });
      }
    };
    const [sourceRoles, targetRoles] = await Promise.all([rolesOf(source.adminUrl), rolesOf(target.adminUrl)]);
    expect(targetRoles).toHaveLength(6);
    expect(targetRoles).toEqual(sourceRoles);

    // the migrations see an up-to-date database
    const migrate = await npmRun('db:migrate', [], { DATABASE_MIGRATION_URL: ownerUrl.toString(), DATA_DIR: tmp('unused') });
    expect(migrate.code, migrate.stderr).toBe(0);
    expect(migrate.stdout).toMatch(/Database is up to date/);

    const appUrl = new URL(ownerUrl);
    appUrl.username = APP_ROLE;
    appUrl.password = 'restored';
    const restored: AppServer = await startApp({ DATABASE_URL: appUrl.toString() });
    started.push(restored);
    const present = await checkRestored(
      restored.url,
      writers.writes,
      writers.clients.map((c) => c.user.email),
      backupStart,
      backupEnd,
    );
    const before = writers.writes.filter((w) => w.ackAt < backupStart);
    expect(before.length).toBeGreaterThan(4);
    console.warn(
      `[backup postgres] pg_dump ${(fs.statSync(file).size / 1e6).toFixed(2)} MB in ${backupEnd - backupStart} ms under ${writers.clients.length} writers; ` +
        `${before.length} writes acknowledged before it checked; ${present} invoices restored`,
    );
  }, 240_000);
});
