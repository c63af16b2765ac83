/**
 * `npm run bench`: load every endpoint at realistic scale and compare it with
 * the framework's own ceiling (GET /api/health) and with the raw driver query,
 * measured in the same run on the same machine state.
 *
 *   npm run bench                       full scale (100k contacts, 1M transactions, …)
 *   npm run bench -- --scale 0.01       the whole thing small (about two minutes)
 *   npm run bench -- --json out.json    also write the figures as JSON
 *   npm run bench -- --duration 5       seconds per endpoint and connection count
 *   npm run bench -- --skip-pglite      PostgreSQL only
 *   npm run bench -- --auth-only        the auth step alone, in process (scripts/bench-auth.ts)
 *   npm run bench -- --pool 8           the app's pool size on PostgreSQL (DATABASE_POOL_SIZE; default 20)
 *   npm run bench -- --api-only         the HTTP endpoints only (no page load, no statement import)
 *
 * Everything runs on 127.0.0.1: its own PostgreSQL server, the built app
 * (`next start`), autocannon. Rate limits are raised through their settings.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import autocannon from 'autocannon';
import postgres from 'postgres';
import { type AppServer, removeCreatedDataDirs, startApp } from '../tests/helpers/app';
import { createDatabase } from '../tests/helpers/database';
import { startPostgres } from '../tests/helpers/postgres';
import { benchAssistant } from './bench-assistant';
import { benchAuthStep, describeAuthStep } from './bench-auth';
import { seedSql } from './bench-seed';
import { chromiumLaunchOptions } from './system-deps.mjs';

interface Args {
  scale: number;
  json?: string;
  duration: number;
  pglite: boolean;
  only?: string[];
  authOnly: boolean;
  /** the app's DATABASE_POOL_SIZE on PostgreSQL */
  pool: number;
  /** the HTTP endpoints only: no page load in Chromium, no statement import */
  apiOnly: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { scale: 1, duration: 10, pglite: true, authOnly: false, pool: 20, apiOnly: false };
  for (let i = 0; i < argv.length; i += 1) {
    const a = argv[i];
    if (a === '--scale') args.scale = Number(argv[++i]);
    else if (a === '--json') args.json = argv[++i];
    else if (a === '--duration') args.duration = Number(argv[++i]);
    else if (a === '--skip-pglite') args.pglite = false;
    else if (a === '--only') args.only = (argv[++i] ?? '').split(',');
    else if (a === '--auth-only') args.authOnly = true;
    else if (a === '--pool') args.pool = Number(argv[++i]);
    else if (a === '--api-only') args.apiOnly = true;
    else throw new Error(`unknown argument ${a}`);
  }
  if (!(args.scale > 0 && args.scale <= 1)) throw new Error('--scale must be in (0, 1]');
  if (!(Number.isInteger(args.pool) && args.pool >= 1 && args.pool <= 200)) throw new Error('--pool must be an integer in [1, 200]');
  if (!args.json) delete args.json;
  return args;
}

export interface EndpointResult {
  name: string;
  connections: number;
  rps: number;
  p50_ms: number;
  p95_ms: number;
  p99_ms: number;
  raw_p50_ms: number | null;
  ratio: number | null;
  health_ratio: number | null;
  non2xx: number;
  backend: 'postgres' | 'pglite';
}

interface Endpoint {
  name: string;
  method?: 'GET' | 'POST';
  path: string;
  body?: () => unknown;
  /** the same rows fetched with the raw driver (baseline) */
  raw?: { text: string; params: unknown[] };
  public?: boolean;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

const round = (n: number, d = 2) => Math.round(n * 10 ** d) / 10 ** d;

async function load(app: AppServer, token: string, endpoint: Endpoint, connections: number, duration: number) {
  const times: number[] = [];
  let non2xx = 0;
  const instance = (autocannon as unknown as (o: autocannon.Options) => autocannon.Instance & PromiseLike<autocannon.Result>)({
    url: `${app.url}${endpoint.path}`,
    method: endpoint.method ?? 'GET',
    connections,
    duration,
    headers: {
      ...(endpoint.public ? {} : { authorization: `Bearer ${token}` }),
      ...(endpoint.body ? { 'content-type': 'application/json' } : {}),
    },
    ...(endpoint.body
      ? { requests: [{ setupRequest: (req: autocannon.Request) => ({ ...req, body: JSON.stringify(endpoint.body!()) }) }] }
      : {}),
  });
  instance.on('response', (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
    if (statusCode >= 200 && statusCode < 300) times.push(responseTime);
    else non2xx += 1;
  });
  const result = await instance;
  times.sort((a, b) => a - b);
  return {
    rps: round(times.length / result.duration),
    p50: round(percentile(times, 50)),
    p95: round(percentile(times, 95)),
    p99: round(percentile(times, 99)),
    non2xx,
  };
}

async function rawP50(sql: postgres.Sql, raw: Endpoint['raw'], samples = 300): Promise<number | null> {
  if (!raw) return null;
  const times: number[] = [];
  for (let i = 0; i < samples; i += 1) {
    const t0 = performance.now();
    await sql.unsafe(raw.text, raw.params as never[]);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return round(percentile(times, 50), 3);
}

/**
 * A page load of `path` in Chromium as `email`, signed in: navigation start to
 * the load event, `count` times after one warm-up load.
 */
async function measurePageLoad(
  app: AppServer,
  email: string,
  pagePath: string,
  count: number,
  backend: EndpointResult['backend'],
): Promise<EndpointResult[]> {
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const context = await browser.newContext({ baseURL: app.url, viewport: { width: 1280, height: 800 } });
    const signIn = await context.request.post('/api/local-auth/sign-in', { data: { email, first_name: 'Bench', last_name: 'Owner' } });
    if (signIn.status() !== 200) throw new Error(`sign-in for the page load failed: ${signIn.status()}`);
    const page = await context.newPage();
    const times: number[] = [];
    const paints: number[] = [];
    // where the time before the first paint goes (the page's own clock, from the navigation's start):
    // the HTML's first byte (the server's first chunk), the last blocking stylesheet's end, the parser done
    const firstBytes: number[] = [];
    const styles: number[] = [];
    const interactive: number[] = [];
    for (let i = 0; i <= count; i += 1) {
      const started = performance.now();
      const response = await page.goto(pagePath, { waitUntil: 'load' });
      if (response?.status() !== 200) throw new Error(`${pagePath} answered ${response?.status()}`);
      if (i > 0) times.push(performance.now() - started);
      // the first contentful paint, from the navigation's start (the page's own clock)
      const paint = await page.evaluate(
        () =>
          new Promise<number | null>((resolve) => {
            new PerformanceObserver((list, observer) => {
              const entry = list.getEntries().find((e) => e.name === 'first-contentful-paint');
              if (entry) {
                observer.disconnect();
                resolve(entry.startTime);
              }
            }).observe({ type: 'paint', buffered: true });
            setTimeout(() => resolve(null), 2000);
          }),
      );
      if (i > 0 && paint !== null) paints.push(paint);
      const steps = await page.evaluate(() => {
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
        // stylesheets fetched on their own (none when they are inlined in the HTML)
        const css = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((r) =>
          /\.css(\?|$)/.test(new URL(r.name).pathname),
        );
        return {
          firstByte: nav?.responseStart ?? null,
          style: css.length ? Math.max(...css.map((r) => r.responseEnd)) : null,
          interactive: nav?.domInteractive ?? null,
        };
      });
      if (i > 0) {
        if (steps.firstByte !== null) firstBytes.push(steps.firstByte);
        if (steps.style !== null) styles.push(steps.style);
        if (steps.interactive !== null) interactive.push(steps.interactive);
      }
    }
    times.sort((a, b) => a - b);
    paints.sort((a, b) => a - b);
    for (const values of [firstBytes, styles, interactive]) values.sort((a, b) => a - b);
    const result = (name: string, values: number[]): EndpointResult => ({
      name,
      connections: 1,
      rps: round(1000 / percentile(values, 50)),
      p50_ms: round(percentile(values, 50)),
      p95_ms: round(percentile(values, 95)),
      p99_ms: round(percentile(values, 99)),
      raw_p50_ms: null,
      ratio: null,
      health_ratio: null,
      non2xx: 0,
      backend,
    });
    const load = result(`page ${pagePath}`, times);
    console.log(
      `  ${backend} ${load.name.padEnd(32)} ${count} loads  p50 ${load.p50_ms} ms  p95 ${load.p95_ms} ms  (navigation → load event)`,
    );
    const out = [load];
    for (const [suffix, values, what] of [
      ['fcp', paints, 'first contentful paint'],
      ['ttfb', firstBytes, "the HTML's first byte"],
      ['css', styles, 'the last stylesheet loaded'],
      ['dom', interactive, 'the HTML parsed (domInteractive)'],
    ] as const) {
      if (values.length === 0) continue;
      const step = result(`page ${pagePath} ${suffix}`, values);
      console.log(`  ${backend} ${step.name.padEnd(32)} ${count} loads  p50 ${step.p50_ms} ms  p95 ${step.p95_ms} ms  (${what})`);
      out.push(step);
    }
    return out;
  } finally {
    await browser.close();
  }
}

async function signInToken(app: AppServer, email: string): Promise<{ token: string; userId: string }> {
  const res = await fetch(`${app.url}/api/local-auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, first_name: 'Bench', last_name: 'Owner' }),
  });
  if (res.status !== 200) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`);
  const body = (await res.json()) as { data: { token: string; user: { id: string } } };
  return { token: body.data.token, userId: body.data.user.id };
}

/** A CSV statement of `n` lines (distinct descriptions, a few days, money in and out). */
export function statementCsv(n: number): string {
  const rows = ['Date,Amount,Description,Counterparty,Reference'];
  for (let i = 0; i < n; i += 1) {
    const day = String((i % 28) + 1).padStart(2, '0');
    const amount = `${i % 3 === 0 ? '-' : ''}${(i % 997) + 1}.${String(i % 100).padStart(2, '0')}`;
    rows.push(`2026-11-${day},${amount},Bench line ${i},Payer ${i % 250},REF-${i}`);
  }
  return `${rows.join('\r\n')}\r\n`;
}

/**
 * Importing a statement of 10 000 lines over HTTP (parse, insert once, suggest against the open
 * invoices, categorise), then the same file again (every line a duplicate): one sample each.
 */
async function benchStatementImport(app: AppServer, token: string, backend: 'postgres' | 'pglite'): Promise<EndpointResult[]> {
  const headers = { authorization: `Bearer ${token}` };
  const account = await fetch(`${app.url}/api/bank-accounts`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'Bench bank', currency: 'USD' }),
  });
  if (account.status !== 201) throw new Error(`bank account: ${account.status} ${await account.text()}`);
  const id = ((await account.json()) as { data: { id: string } }).data.id;
  const file = statementCsv(10_000);
  const out: EndpointResult[] = [];
  for (const name of ['bank_import_10000_lines', 'bank_reimport_10000_lines']) {
    const t0 = performance.now();
    const res = await fetch(`${app.url}/api/bank-accounts/${id}/statements`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'text/csv' },
      body: file,
    });
    const ms = round(performance.now() - t0, 0);
    const body = await res.text();
    if (res.status !== 200) throw new Error(`${name}: ${res.status} ${body.slice(0, 300)}`);
    console.log(`  ${backend} ${name.padEnd(32)} ${ms} ms  ${body}`);
    out.push({
      name,
      connections: 1,
      rps: 0,
      p50_ms: ms,
      p95_ms: ms,
      p99_ms: ms,
      raw_p50_ms: null,
      ratio: null,
      health_ratio: null,
      non2xx: 0,
      backend,
    });
  }
  return out;
}

/** The endpoints to load, with ids and cursors read from the seeded database. */
async function buildEndpoints(sql: postgres.Sql, userId: string): Promise<Endpoint[]> {
  const one = async (table: string, order = 'created_at desc, id desc') =>
    ((await sql.unsafe(`select id from ${table} where workspace_id = $1 order by ${order} limit 1`, [userId])) as { id: string }[])[0]?.id;
  /** A cursor deep into a list, and the same page by the raw driver (keyset, like the API). */
  const deepPage = async (table: string, sortExpr: string, cast: string, offset: number) => {
    const rows = (await sql.unsafe(
      `select (${sortExpr})::text as key, id from ${table} where workspace_id = $1 order by ${sortExpr} desc, id desc offset $2 limit 1`,
      [userId, offset],
    )) as { key: string; id: string }[];
    const row = rows[0];
    return {
      cursor: row ? Buffer.from(JSON.stringify([row.key, row.id, 0])).toString('base64url') : '',
      raw: {
        text: `select * from ${table} where workspace_id = $1 and (${sortExpr}, id) < ($2::${cast}, $3::uuid) order by ${sortExpr} desc, id desc limit 50`,
        params: [userId, row?.key ?? null, row?.id ?? null],
      },
    };
  };
  const contactId = await one('contacts');
  const taskId = await one('tasks');
  const transactionId = await one('transactions');
  const invoiceId = await one('invoices');
  const total = async (table: string) =>
    ((await sql.unsafe(`select count(*)::int as n from ${table} where workspace_id = $1`, [userId])) as { n: number }[])[0]!.n;
  const contactsTotal = await total('contacts');
  const txTotal = await total('transactions');
  const contactsDeep = await deepPage('contacts', 'created_at', 'timestamptz', Math.floor(contactsTotal * 0.9));
  const transactionsDeep = await deepPage('transactions', 'date', 'date', Math.floor(txTotal * 0.9));
  const listSql = (table: string, where = '', order = 'created_at desc, id desc') =>
    `select * from ${table} where workspace_id = $1 ${where} order by ${order} limit 50`;
  let seq = 0;
  const all: Endpoint[] = [
    { name: 'health', path: '/api/health', public: true, raw: { text: 'select 1', params: [] } },
    // the floor of a signed-in request: the route wrapper's tenant transaction (user, workspace and role) and nothing else
    { name: 'auth.user', path: '/api/auth/user' },
    { name: 'contacts.list', path: '/api/contacts', raw: { text: listSql('contacts'), params: [userId] } },
    {
      name: 'contacts.list.filtered',
      path: '/api/contacts?status=customer',
      raw: { text: listSql('contacts', `and status = 'customer'`), params: [userId] },
    },
    {
      name: 'contacts.list.deep',
      path: `/api/contacts?cursor=${contactsDeep.cursor}`,
      raw: contactsDeep.raw,
    },
    {
      name: 'contacts.search',
      path: '/api/contacts?q=lovelace',
      raw: { text: listSql('contacts', `and search like '%lovelace%'`), params: [userId] },
    },
    {
      name: 'contacts.get',
      path: `/api/contacts/${contactId}`,
      raw: { text: 'select * from contacts where id = $1', params: [contactId] },
    },
    {
      name: 'contacts.create',
      method: 'POST',
      path: '/api/contacts',
      body: () => ({ first_name: 'Load', last_name: `Test ${(seq += 1)}`, email: `load${seq}@example.com`, status: 'lead' }),
    },
    { name: 'tasks.list', path: '/api/tasks', raw: { text: listSql('tasks', '', 'due_date, id'), params: [userId] } },
    {
      name: 'tasks.list.filtered',
      path: '/api/tasks?status=pending',
      raw: { text: listSql('tasks', `and status = 'pending'`, 'due_date, id'), params: [userId] },
    },
    { name: 'tasks.search', path: '/api/tasks?q=call', raw: { text: listSql('tasks', `and title ilike '%call%'`), params: [userId] } },
    { name: 'tasks.get', path: `/api/tasks/${taskId}`, raw: { text: 'select * from tasks where id = $1', params: [taskId] } },
    {
      name: 'transactions.list',
      path: '/api/transactions',
      raw: { text: listSql('transactions', '', 'date desc, id desc'), params: [userId] },
    },
    {
      name: 'transactions.list.filtered',
      path: '/api/transactions?type=expense',
      raw: { text: listSql('transactions', `and type = 'expense'`, 'date desc, id desc'), params: [userId] },
    },
    {
      name: 'transactions.list.deep',
      path: `/api/transactions?cursor=${transactionsDeep.cursor}`,
      raw: transactionsDeep.raw,
    },
    {
      name: 'transactions.search',
      path: '/api/transactions?q=hosting',
      raw: { text: listSql('transactions', `and description ilike '%hosting%'`, 'date desc, id desc'), params: [userId] },
    },
    {
      // a rare term: one row at 1/10 of the scale, 11 at full scale (ADR 0177)
      name: 'transactions.search.rare',
      path: '/api/transactions?q=%2398765',
      raw: { text: listSql('transactions', `and description ilike '%#98765%'`, 'date desc, id desc'), params: [userId] },
    },
    {
      // the middle ground: 1 111 rows at 1/10 of the scale, 11 111 at full scale (ADR 0177)
      name: 'transactions.search.middle',
      path: '/api/transactions?q=%2312',
      raw: { text: listSql('transactions', `and description ilike '%#12%'`, 'date desc, id desc'), params: [userId] },
    },
    {
      // the exact figures of the frequent term, which the page asks for after showing the rows (ADR 0176)
      name: 'transactions.totals.search',
      path: '/api/transactions/totals?q=hosting',
      raw: {
        text: `select count(*), sum(amount) filter (where type = 'income'), sum(amount) filter (where type = 'expense') from transactions where workspace_id = $1 and description ilike '%hosting%'`,
        params: [userId],
      },
    },
    {
      name: 'transactions.get',
      path: `/api/transactions/${transactionId}`,
      raw: { text: 'select * from transactions where id = $1', params: [transactionId] },
    },
    { name: 'invoices.list', path: '/api/invoices', raw: { text: listSql('invoices', '', 'issue_date desc, id desc'), params: [userId] } },
    {
      name: 'invoices.list.filtered',
      path: '/api/invoices?status=paid',
      raw: { text: listSql('invoices', `and status = 'paid'`, 'issue_date desc, id desc'), params: [userId] },
    },
    {
      name: 'invoices.search',
      path: '/api/invoices?q=B-00012',
      raw: { text: listSql('invoices', `and invoice_number ilike '%B-00012%'`), params: [userId] },
    },
    {
      name: 'invoices.get',
      path: `/api/invoices/${invoiceId}`,
      raw: {
        text: 'select i.*, (select json_agg(it) from invoice_items it where it.invoice_id = i.id) from invoices i where i.id = $1',
        params: [invoiceId],
      },
    },
    {
      name: 'invoices.create',
      method: 'POST',
      path: '/api/invoices',
      body: () => ({
        contact_id: contactId,
        due_date: new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10),
        items: Array.from({ length: 5 }, (_, i) => ({ description: `Work package ${i + 1}`, quantity: i + 1, unit_price: '149.90' })),
      }),
    },
    { name: 'dashboard.stats', path: '/api/dashboard/stats' },
    { name: 'dashboard.financial', path: '/api/dashboard/financial' },
  ];
  return all;
}

/** The endpoints this build serves (a missing route is skipped and reported). */
async function probe(app: AppServer, token: string, all: Endpoint[]): Promise<Endpoint[]> {
  const present: Endpoint[] = [];
  for (const e of all) {
    if (e.method === 'POST') {
      const res = await fetch(`${app.url}${e.path}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(e.body!()),
      });
      if (res.status === 201 || res.status === 200) present.push(e);
      else console.log(`  skip ${e.name}: ${res.status}`);
      continue;
    }
    const res = await fetch(`${app.url}${e.path}`, { headers: e.public ? {} : { authorization: `Bearer ${token}` } });
    if (res.status === 200) present.push(e);
    else console.log(`  skip ${e.name}: ${res.status}`);
  }
  return present;
}

function table(results: EndpointResult[]): string {
  const head = ['endpoint', 'db', 'conn', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'health ratio', 'raw p50 ms', 'raw ratio'];
  const rows = results.map((r) => [
    r.name,
    r.backend,
    String(r.connections),
    String(r.rps),
    String(r.p50_ms),
    String(r.p95_ms),
    String(r.p99_ms),
    r.health_ratio === null ? '' : r.health_ratio.toFixed(2),
    r.raw_p50_ms === null ? '' : String(r.raw_p50_ms),
    r.ratio === null ? '' : r.ratio.toFixed(1),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

async function runAgainst(
  backend: 'postgres' | 'pglite',
  app: AppServer,
  token: string,
  all: Endpoint[],
  rawSql: postgres.Sql | null,
  args: Args,
  results: EndpointResult[],
) {
  const list = await probe(app, token, all);
  const selected = args.only ? list.filter((e) => e.name === 'health' || args.only!.some((o) => e.name.startsWith(o))) : list;
  for (const connections of [1, 32]) {
    let healthRps: number | null = null;
    let healthP50: number | null = null;
    for (const endpoint of selected) {
      // warm up (JIT, caches, connection pool)
      await load(app, token, endpoint, connections, 1);
      const measured = await load(app, token, endpoint, connections, args.duration);
      const raw = rawSql && connections === 1 ? await rawP50(rawSql, endpoint.raw) : null;
      if (endpoint.name === 'health') {
        healthRps = measured.rps;
        healthP50 = measured.p50;
      }
      const result: EndpointResult = {
        name: endpoint.name,
        connections,
        rps: measured.rps,
        p50_ms: measured.p50,
        p95_ms: measured.p95,
        p99_ms: measured.p99,
        raw_p50_ms: raw,
        ratio: raw ? round(measured.p50 / raw, 1) : null,
        health_ratio: healthRps ? round(connections === 1 && healthP50 ? healthP50 / measured.p50 : measured.rps / healthRps, 2) : null,
        non2xx: measured.non2xx,
        backend,
      };
      results.push(result);
      console.log(
        `  ${backend} ${endpoint.name.padEnd(28)} c=${String(connections).padStart(2)}  ${String(result.rps).padStart(8)} req/s  p50 ${result.p50_ms} ms  p99 ${result.p99_ms} ms${measured.non2xx ? `  (${measured.non2xx} non-2xx)` : ''}`,
      );
    }
  }
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const started = Date.now();
  // the auth step alone, in this process, before anything else loads the machine
  const authStep = await benchAuthStep();
  console.log(describeAuthStep(authStep));
  if (args.authOnly) return;
  if (!fs.existsSync(path.join('.next', 'BUILD_ID'))) {
    console.log('building the app (next build)…');
    execFileSync(process.execPath, ['node_modules/next/dist/bin/next', 'build'], { stdio: 'inherit' });
  }
  const results: EndpointResult[] = [];
  console.log(
    `Ledgerly benchmark · scale ${args.scale} · ${args.duration} s per run · ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? 'unknown'}) · Node ${process.version}`,
  );

  // ── PostgreSQL ──────────────────────────────────────────────────────────
  const pg = await startPostgres();
  let seedSeconds = 0;
  let rows: Record<string, number> = {};
  try {
    const db = await createDatabase(pg.adminUrl, 'bench');
    const coldStart = Date.now();
    const app = await startApp({
      DATABASE_URL: db.appUrl,
      DATABASE_POOL_SIZE: String(args.pool),
      RATE_LIMIT_PER_MINUTE: '1000000',
      AI_RATE_LIMIT_PER_MINUTE: '1000000',
      LOG_LEVEL: 'error',
    });
    const coldStartMs = Date.now() - coldStart;
    console.log(`cold start of next start to first healthy answer: ${coldStartMs} ms`);
    try {
      const owner = await signInToken(app, 'owner@bench.example');
      const small = [];
      for (let i = 0; i < 9; i += 1) small.push(await signInToken(app, `small${i}@bench.example`));
      const admin = postgres(db.adminUrl, { max: 1, onnotice: () => {} });
      const t0 = Date.now();
      rows = await seedSql(
        admin,
        owner.userId,
        small.map((s) => s.userId),
        args.scale,
      );
      seedSeconds = round((Date.now() - t0) / 1000, 1);
      console.log(
        `seeded in ${seedSeconds} s: ${Object.entries(rows)
          .map(([k, v]) => `${k} ${v}`)
          .join(', ')}`,
      );
      const raw = postgres(db.adminUrl, { max: 20, prepare: false, onnotice: () => {} });
      await runAgainst('postgres', app, owner.token, await buildEndpoints(raw, owner.userId), raw, args, results);
      if (!args.apiOnly) {
        results.push(...(await measurePageLoad(app, 'owner@bench.example', '/dashboard', 10, 'postgres')));
        results.push(...(await benchStatementImport(app, owner.token, 'postgres')));
      }
      await raw.end();
      await admin.end();
      results.push({
        name: 'cold_start',
        connections: 0,
        rps: 0,
        p50_ms: coldStartMs,
        p95_ms: coldStartMs,
        p99_ms: coldStartMs,
        raw_p50_ms: null,
        ratio: null,
        health_ratio: null,
        non2xx: 0,
        backend: 'postgres',
      });
    } finally {
      await app.stop();
    }
  } finally {
    await pg.stop();
    removeCreatedDataDirs();
  }

  // ── PGlite at a tenth of the scale ───────────────────────────────────────
  if (args.pglite) {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledgerly-bench-pglite-'));
    const boot = await startApp({ LOG_LEVEL: 'error', RATE_LIMIT_PER_MINUTE: '1000000' }, { dataDir });
    const owner = await signInToken(boot, 'owner@bench.example');
    const small = [];
    for (let i = 0; i < 9; i += 1) small.push(await signInToken(boot, `small${i}@bench.example`));
    await boot.stop();
    const { PGlite } = await import('@electric-sql/pglite');
    const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
    const lite = await PGlite.create(path.join(dataDir, 'pglite'), { extensions: { pg_trgm } });
    const liteSql = pgliteAsPostgres(lite);
    const t0 = Date.now();
    const liteRows = await seedSql(
      liteSql,
      owner.userId,
      small.map((s) => s.userId),
      args.scale / 10,
    );
    console.log(
      `PGlite seeded in ${round((Date.now() - t0) / 1000, 1)} s: ${Object.entries(liteRows)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}`,
    );
    // ids and cursors for the endpoint paths, read before the server takes the data directory
    const liteEndpoints = await buildEndpoints(liteSql, owner.userId);
    await lite.close();
    const app = await startApp({ LOG_LEVEL: 'error', RATE_LIMIT_PER_MINUTE: '1000000' }, { dataDir });
    try {
      const token = (await signInToken(app, 'owner@bench.example')).token;
      await runAgainst('pglite', app, token, liteEndpoints, null, args, results);
      if (!args.apiOnly) results.push(...(await benchStatementImport(app, token, 'pglite')));
    } finally {
      await app.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }

  // ── the built-in assistant at 1 000 contacts (in process, PGlite) ─────────
  const ai = await benchAssistant(1000);
  console.log(
    `built-in assistant engine at ${ai.contacts} contacts: median ${ai.p50_ms} ms, p95 ${ai.p95_ms} ms over ${ai.requests} requests (whole request through the service: median ${ai.service_p50_ms} ms)`,
  );
  results.push({
    name: 'assistant_builtin_1000_contacts',
    connections: 1,
    rps: 0,
    p50_ms: ai.p50_ms,
    p95_ms: ai.p95_ms,
    p99_ms: ai.p95_ms,
    raw_p50_ms: null,
    ratio: null,
    health_ratio: null,
    non2xx: 0,
    backend: 'pglite',
  });

  results.push(
    ...(
      [
        ['auth_step.clerk_middleware', authStep.middleware_us],
        ['auth_step.verify_uncached', authStep.verify_uncached_us],
        ['auth_step.first_call', authStep.first_call_us],
        ['auth_step.cached', authStep.cached_us],
      ] as const
    ).map(([name, us]): EndpointResult => ({
      name,
      connections: 1,
      rps: 0,
      p50_ms: Math.round(us * 10) / 10_000,
      p95_ms: Math.round(us * 10) / 10_000,
      p99_ms: Math.round(us * 10) / 10_000,
      raw_p50_ms: null,
      ratio: null,
      health_ratio: null,
      non2xx: 0,
      backend: 'pglite',
    })),
  );
  console.log(`\n${table(results.filter((r) => r.name !== 'cold_start'))}`);
  const cold = results.find((r) => r.name === 'cold_start');
  if (cold) console.log(`\ncold start (next start → first 200 from /api/health): ${cold.p50_ms} ms`);
  console.log(`seed: ${seedSeconds} s · total ${round((Date.now() - started) / 1000, 0)} s`);
  if (args.json) {
    fs.writeFileSync(
      args.json,
      `${JSON.stringify({ machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, node: process.version }, scale: args.scale, duration_s: args.duration, seed_s: seedSeconds, rows, endpoints: results }, null, 2)}\n`,
    );
    console.log(`wrote ${args.json}`);
  }
}

/** The subset of postgres-js the seeder uses, over a PGlite instance. */
function pgliteAsPostgres(lite: import('@electric-sql/pglite').PGlite): postgres.Sql {
  const unsafe = async (text: string, params: unknown[] = []) => (await lite.query(text, params)).rows;
  return { unsafe } as unknown as postgres.Sql;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
