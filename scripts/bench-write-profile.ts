/**
 * Where an invoice create spends its time inside PostgreSQL (ADR 0173).
 *
 *   npx tsx scripts/bench-write-profile.ts [--scale 0.1] [--rounds 5] [--per-round 60] [--explain] [--variant NAME=DIR …]
 *
 * Starts its own PostgreSQL, migrates one database (and, per `--variant NAME=DIR`, one more from
 * the supabase directory DIR, e.g. a checkout of the code before a change), seeds the bench's big
 * account at `--scale` in each, and sends the statements of `POST /api/invoices` (five items)
 * as the app's tenant connection sends them: `begin` + the session's claims, the one insert of
 * ADR 0159, `commit`. Creates are run in rounds, interleaved between the databases; per create
 * it reports the backend's CPU time (from /proc/<pid>/stat, which the machine's other work does
 * not inflate the way it inflates wall-clock time), the wall-clock time and, with
 * `track_functions = all`, each function's self time. `--explain` also logs one create with
 * `auto_explain` (nested statements, analyze, timing) and prints the nested statements.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import { createDatabase } from '../tests/helpers/database';
import { startPostgres } from '../tests/helpers/postgres';
import { seedSql } from './bench-seed';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1]! : fallback;
};
const scale = Number(opt('scale', '0.1'));
const rounds = Number(opt('rounds', '5'));
const perRound = Number(opt('per-round', '60'));
const explain = args.includes('--explain');
const variants = args.flatMap((a, i) => (a === '--variant' ? [args[i + 1]!.split('=') as [string, string]] : []));
const TICK_MS = 1000 / Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());

interface Target {
  label: string;
  admin: postgres.Sql;
  app: postgres.Sql;
  appUrl: string;
  workspace: string;
  contact: string;
  claims: string;
  pid: number;
  cpuMs: number;
  wallMs: number[];
  functions: Map<string, { calls: number; selfMs: number }>;
}

function cpuTicks(pid: number): number {
  // fields after the command's closing parenthesis: utime and stime are the 12th and 13th
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[11]) + Number(fields[12]);
}

const lit = (value: string | null) => (value === null ? 'null' : `'${value.replace(/'/g, "''")}'`);

/** The statement of insertInvoiceWithItems, as the tenant connection writes it (parameters as literals). */
function createStatement(workspace: string, contact: string): string {
  const id = crypto.randomUUID();
  const items = JSON.stringify(
    Array.from({ length: 5 }, (_, i) => ({
      description: `Work package ${i + 1}`,
      quantity: String(i + 1),
      unit_price: '149.90',
      tax_rate: '0',
    })),
  );
  return `
    with invoice as (
      insert into public.invoices (id, workspace_id, contact_id, invoice_number, status, issue_date, due_date, currency,
                                   discount_type, discount_value, notes, quote_id, recurring_invoice_id, recurring_period)
      select ${lit(id)}::uuid, ${lit(workspace)}::uuid, ${lit(contact)}::uuid,
             coalesce(null::text, app.next_invoice_number(${lit(workspace)}::uuid, 'INV-'::text)),
             'draft', current_date, current_date + 14, 'EUR'::text,
             null::text, null::numeric, null::text, null::uuid, null::uuid, null::date
       where ${lit(contact)}::uuid is null
          or exists (select 1 from public.contacts c where c.workspace_id = ${lit(workspace)}::uuid and c.id = ${lit(contact)}::uuid)
      returning id, workspace_id
    ),
    items as (
      insert into public.invoice_items (workspace_id, invoice_id, description, quantity, unit_price, tax_rate, total, position)
      select invoice.workspace_id, invoice.id, line ->> 'description', (line ->> 'quantity')::numeric,
             (line ->> 'unit_price')::numeric, (line ->> 'tax_rate')::numeric, 0, (n - 1)::int
        from invoice, jsonb_array_elements(${lit(items)}::jsonb) with ordinality as l(line, n)
      returning 1
    )
    select (select count(*) from invoice)::int as created`;
}

async function createOnce(t: Target): Promise<void> {
  const setup = `begin; select set_config('role', 'authenticated', true), set_config('request.jwt.claims', ${lit(t.claims)}, true), set_config('request.workspace_id', ${lit(t.workspace)}, true), set_config('statement_timeout', '5000ms', true)`;
  await t.app.unsafe(setup);
  try {
    const [row] = await t.app.unsafe(createStatement(t.workspace, t.contact));
    if (row?.created !== 1) throw new Error('the invoice was not written');
    await t.app.unsafe('commit');
  } catch (error) {
    await t.app.unsafe('rollback');
    throw error;
  }
}

async function prepare(serverUrl: string, label: string, dir: string | null): Promise<Target> {
  const before = process.env.SUPABASE_DIR;
  if (dir) process.env.SUPABASE_DIR = dir;
  const db = await createDatabase(serverUrl, `wprof_${label}`);
  if (dir) {
    if (before === undefined) delete process.env.SUPABASE_DIR;
    else process.env.SUPABASE_DIR = before;
  }
  const admin = postgres(db.adminUrl, { max: 1, onnotice: () => {} });
  const sub = `user_profile_${label}`;
  const [user] = await admin`insert into users (clerk_id, email) values (${sub}, ${`${label}@profile.test`}) returning id`;
  await seedSql(admin, user!.id, [], scale);
  const [contact] = await admin`select id from contacts where workspace_id = ${user!.id} limit 1`;
  const app = postgres(db.appUrl, { max: 1, prepare: false, onnotice: () => {} });
  const [{ pid }] = (await app.unsafe('select pg_backend_pid() as pid')) as unknown as [{ pid: number }];
  return {
    label,
    admin,
    app,
    appUrl: db.appUrl,
    workspace: user!.id,
    contact: contact!.id,
    claims: JSON.stringify({ sub, role: 'authenticated' }),
    pid,
    cpuMs: 0,
    wallMs: [],
    functions: new Map(),
  };
}

async function main() {
  const pg = await startPostgres();
  const server = postgres(pg.adminUrl, { max: 1, onnotice: () => {} });
  await server.unsafe(`alter system set track_functions = 'all'`);
  await server.unsafe('select pg_reload_conf()');
  const targets: Target[] = [];
  for (const [name, dir] of variants) targets.push(await prepare(pg.adminUrl, name, dir));
  targets.push(await prepare(pg.adminUrl, 'now', null));
  try {
    for (const t of targets) for (let i = 0; i < 20; i += 1) await createOnce(t); // plans and caches warm
    for (let round = 0; round < rounds; round += 1) {
      // each round starts with another database: none is always measured first or last
      for (const t of [...targets.slice(round % targets.length), ...targets.slice(0, round % targets.length)]) {
        await t.admin.unsafe('select pg_stat_reset()');
        await t.admin.unsafe('select pg_stat_clear_snapshot()');
        const c0 = cpuTicks(t.pid);
        for (let i = 0; i < perRound; i += 1) {
          const w0 = performance.now();
          await createOnce(t);
          t.wallMs.push(performance.now() - w0);
        }
        t.cpuMs += (cpuTicks(t.pid) - c0) * TICK_MS;
        await new Promise((r) => setTimeout(r, 600)); // the statistics collector's flush
        const rows = (await t.admin.unsafe(
          `select schemaname || '.' || funcname as name, calls::int, self_time::float8 as self from pg_stat_user_functions`,
        )) as unknown as { name: string; calls: number; self: number }[];
        for (const r of rows) {
          const f = t.functions.get(r.name) ?? { calls: 0, selfMs: 0 };
          f.calls += r.calls;
          f.selfMs += r.self;
          t.functions.set(r.name, f);
        }
      }
    }
    const creates = rounds * perRound;
    for (const t of targets) {
      const sorted = [...t.wallMs].sort((a, b) => a - b);
      console.log(`\n== ${t.label}: ${creates} creates`);
      console.log(`backend CPU per create: ${(t.cpuMs / creates).toFixed(2)} ms`);
      console.log(`wall per create: p50 ${sorted[Math.floor(sorted.length / 2)]!.toFixed(2)} ms, best ${sorted[0]!.toFixed(2)} ms`);
      console.log('function | calls per create | self ms per create');
      for (const [name, f] of [...t.functions].sort((a, b) => b[1].selfMs - a[1].selfMs)) {
        if (f.calls === 0) continue;
        console.log(`${name} | ${(f.calls / creates).toFixed(1)} | ${(f.selfMs / creates).toFixed(3)}`);
      }
    }
    if (explain) {
      await server.unsafe(`load 'auto_explain'`);
      await server.unsafe(`alter system set session_preload_libraries = 'auto_explain'`);
      for (const [k, v] of [
        ['auto_explain.log_min_duration', '0'],
        ['auto_explain.log_nested_statements', 'on'],
        ['auto_explain.log_analyze', 'on'],
        ['auto_explain.log_timing', 'on'],
        ['auto_explain.log_triggers', 'on'],
        ['auto_explain.log_format', 'text'],
      ])
        await server.unsafe(`alter system set ${k} = '${v}'`);
      await server.unsafe('select pg_reload_conf()');
      const log = path.join(path.dirname(pg.dataDir), 'postgres.log');
      const t = targets[targets.length - 1]!;
      await t.app.end({ timeout: 5 });
      t.app = postgres(t.appUrl, { max: 1, prepare: false, onnotice: () => {} });
      await createOnce(t);
      const start = fs.statSync(log).size;
      await createOnce(t);
      await new Promise((r) => setTimeout(r, 300));
      const text = fs.readFileSync(log, 'utf8').slice(start);
      const out = path.join(os.tmpdir(), `write-profile-explain-${process.pid}.log`);
      fs.writeFileSync(out, text);
      const durations = [...text.matchAll(/duration: ([\d.]+) ms\s+plan:\n\s+Query Text: ([^\n]*)/g)];
      console.log(`\nauto_explain: ${durations.length} statements logged for one create (full log: ${out})`);
    }
  } finally {
    for (const t of targets) {
      await t.app.end({ timeout: 5 });
      await t.admin.end({ timeout: 5 });
    }
    await server.end({ timeout: 5 });
    await pg.stop();
  }
}

void main().catch((error) => {
  console.error(error);
  process.exit(1);
});
