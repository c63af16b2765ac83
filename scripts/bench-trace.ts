/**
 * The statements and round trips of one request, counted on the wire.
 *
 *   npx next build && npx tsx scripts/bench-trace.ts [--requests 200] [--scale 0.01] [--explain] [path …]
 *
 * `POST /api/invoices` (written as one argument) sends the bench's create: five items, a client.
 *
 * Starts its own PostgreSQL (statements logged with their durations), seeds the bench's
 * account at a small scale, and starts the built app with a pool of one connection whose
 * traffic goes through a small TCP relay that reads the PostgreSQL protocol: per request it
 * counts the statements (Parse and simple Query messages), the round trips (a message sent
 * while no answer is awaited starts one; what is sent while answers are awaited rides along,
 * i.e. is pipelined; a Flush — postgres-js describing a statement before it binds its
 * parameters — is awaited like a Sync) and the time the app waited on the database. The server's log gives
 * each statement's own duration. Paths default to the lists the performance issue measures.
 * `--explain` also prints EXPLAIN (ANALYZE, BUFFERS) of the statements each path's handler
 * sends, replayed under the same role, claims and workspace.
 */
import fs from 'node:fs';
import net from 'node:net';
import postgres from 'postgres';
import { removeCreatedDataDirs, startApp } from '../tests/helpers/app';
import { createDatabase } from '../tests/helpers/database';
import { startPostgres } from '../tests/helpers/postgres';
import { seedSql } from './bench-seed';

interface Trip {
  /** the statements of this round trip (first line of each, shortened) */
  statements: string[];
  /** the same statements, whole */
  texts: string[];
  /** from the first byte sent to the last answer (ReadyForQuery) */
  ms: number;
}

/**
 * A relay between the app and PostgreSQL that splits the traffic into round trips. Only
 * the frontend messages the app's driver sends are read: Parse (its text), Query (simple
 * protocol), Bind, Sync, Flush; the backend's ReadyForQuery ends the answer to a Sync, its
 * RowDescription or NoData the answer to a Flush (a describe).
 */
class Relay {
  server: net.Server;
  trips: Trip[] = [];
  recording = false;

  constructor(private target: { host: string; port: number }) {
    this.server = net.createServer((client) => this.connect(client));
  }

  listen(): Promise<number> {
    return new Promise((resolve) => this.server.listen(0, '127.0.0.1', () => resolve((this.server.address() as net.AddressInfo).port)));
  }

  private connect(client: net.Socket) {
    const upstream = net.connect(this.target.port, this.target.host);
    let started = false; // the untyped startup message was seen
    let inbound = Buffer.alloc(0);
    let outbound = Buffer.alloc(0);
    // what the client waits for, in order: 'Z' (ReadyForQuery, after a Sync or a simple Query) or
    // 'H' (after a Flush: the describe of a statement, answered by its RowDescription or NoData)
    const awaited: ('Z' | 'H')[] = [];
    let current: (Trip & { t0: number }) | null = null;
    client.on('data', (chunk) => {
      upstream.write(chunk);
      inbound = Buffer.concat([inbound, chunk]);
      for (;;) {
        if (!started) {
          if (inbound.length < 4) break;
          const len = inbound.readInt32BE(0);
          if (inbound.length < len) break;
          inbound = inbound.subarray(len);
          started = true;
          continue;
        }
        if (inbound.length < 5) break;
        const type = String.fromCharCode(inbound[0]!);
        const len = inbound.readInt32BE(1);
        if (inbound.length < len + 1) break;
        const body = inbound.subarray(5, len + 1);
        inbound = inbound.subarray(len + 1);
        if (awaited.length === 0 && !current && (type === 'P' || type === 'Q' || type === 'B')) {
          current = { statements: [], texts: [], ms: 0, t0: performance.now() };
        }
        if (type === 'P' || type === 'Q') {
          const end = body.indexOf(0);
          const text = type === 'P' ? body.subarray(end + 1, body.indexOf(0, end + 1)) : body.subarray(0, -1);
          current?.statements.push(text.toString('utf8').replace(/\s+/g, ' ').trim().slice(0, 120));
          current?.texts.push(text.toString('utf8'));
        }
        if (type === 'B' && current && current.statements.length === 0)
          current.statements.push('(bind + execute of the statement described above)');
        if (type === 'S' || type === 'Q') awaited.push('Z');
        if (type === 'H') awaited.push('H');
      }
    });
    upstream.on('data', (chunk) => {
      client.write(chunk);
      outbound = Buffer.concat([outbound, chunk]);
      for (;;) {
        if (outbound.length < 5) break;
        const type = String.fromCharCode(outbound[0]!);
        const len = outbound.readInt32BE(1);
        if (outbound.length < len + 1) break;
        outbound = outbound.subarray(len + 1);
        const head = awaited[0];
        if ((type === 'Z' && head === 'Z') || ((type === 'T' || type === 'n') && head === 'H')) {
          awaited.shift();
          if (awaited.length === 0 && current) {
            if (this.recording)
              this.trips.push({ statements: current.statements, texts: current.texts, ms: performance.now() - current.t0 });
            current = null;
          }
        }
      }
    });
    const end = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('error', end).on('close', end);
    upstream.on('error', end).on('close', end);
  }
}

function parseArgs(argv: string[]) {
  const args = { requests: 200, scale: 0.01, explain: false, paths: [] as string[] };
  for (let i = 0; i < argv.length; i += 1) {
    const a = argv[i]!;
    if (a === '--requests') args.requests = Number(argv[++i]);
    else if (a === '--scale') args.scale = Number(argv[++i]);
    else if (a === '--explain') args.explain = true;
    else args.paths.push(a);
  }
  if (args.paths.length === 0)
    args.paths = ['/api/health', '/api/auth/user', '/api/contacts', '/api/tasks', '/api/contacts?status=customer'];
  return args;
}

/**
 * `--explain`: replays one request's statements in a transaction of their own on the admin
 * connection (the setup switches to the app's role and claims, app.use_workspace chooses the
 * workspace, as in the request) and prints EXPLAIN (ANALYZE, BUFFERS) of each statement the
 * handler sent after the workspace was chosen; then rolls back.
 */
async function explainRequest(admin: postgres.Sql, trips: Trip[]): Promise<void> {
  const texts = trips.flatMap((t) => t.texts).filter((x) => !/^\s*(begin|commit|rollback)\s*;?\s*$/i.test(x));
  const chosen = texts.findIndex((x) => x.includes('app.use_workspace'));
  await admin
    .begin(async (tx) => {
      for (const [i, text] of texts.entries()) {
        if (i <= chosen || !/^\s*(select|with)\b/i.test(text)) {
          await tx.unsafe(text);
          continue;
        }
        const plan = await tx.unsafe<{ 'QUERY PLAN': string }[]>(`explain (analyze, buffers) ${text}`);
        console.log(`  EXPLAIN ${text.replace(/\s+/g, ' ').trim().slice(0, 200)}`);
        for (const row of plan) console.log(`    ${row['QUERY PLAN']}`);
      }
      throw new Error('rollback');
    })
    .catch((error: unknown) => {
      if (!(error instanceof Error && error.message === 'rollback')) throw error;
    });
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};
const round = (n: number, d = 3) => Math.round(n * 10 ** d) / 10 ** d;

/** Per statement text: its mean time in the server (parse + bind + execute, log_min_duration_statement = 0). */
function statementDurations(log: string): Map<string, number> {
  const sums = new Map<string, { ms: number; n: number }>();
  for (const entry of log.split(/\n(?=\d{4}-\d{2}-\d{2} )/)) {
    const m = /duration: ([\d.]+) ms\s+(parse|bind|execute|statement)[^:]*: ([\s\S]*)$/.exec(entry);
    if (!m) continue;
    const key = m[3]!.replace(/\s+/g, ' ').trim().slice(0, 120);
    const sum = sums.get(key) ?? { ms: 0, n: 0 };
    sum.ms += Number(m[1]);
    if (m[2] === 'execute' || m[2] === 'statement') sum.n += 1;
    sums.set(key, sum);
  }
  return new Map([...sums].map(([key, { ms, n }]) => [key, n > 0 ? ms / n : ms]));
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const pg = await startPostgres();
  try {
    const db = await createDatabase(pg.adminUrl, 'trace');
    const relay = new Relay({ host: '127.0.0.1', port: pg.port });
    const relayPort = await relay.listen();
    const appUrl = new URL(db.appUrl);
    appUrl.port = String(relayPort);
    const app = await startApp({ DATABASE_URL: appUrl.toString(), DATABASE_POOL_SIZE: '1', LOG_LEVEL: 'error' });
    const admin = postgres(db.adminUrl, { max: 1, onnotice: () => {} });
    try {
      const signIn = async (email: string) => {
        const res = await fetch(`${app.url}/api/local-auth/sign-in`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email, first_name: 'Trace', last_name: 'Owner' }),
        });
        return ((await res.json()) as { data: { token: string; user: { id: string } } }).data;
      };
      const owner = await signIn('owner@trace.example');
      await seedSql(admin, owner.user.id, [], args.scale);
      const logFile = `${pg.dataDir}/../postgres.log`;
      await admin.unsafe(`alter system set log_min_duration_statement = 0`);
      await admin.unsafe(`select pg_reload_conf()`);
      console.log(`${args.requests} sequential requests per path, one pooled connection, scale ${args.scale}\n`);
      const [client] = await admin`select id from contacts where workspace_id = ${owner.user.id} limit 1`;
      for (const target of args.paths) {
        const post = target.startsWith('POST ');
        const p = post ? target.slice(5) : target;
        const headers: Record<string, string> = p === '/api/health' ? {} : { authorization: `Bearer ${owner.token}` };
        if (post) headers['content-type'] = 'application/json';
        const send = () =>
          fetch(`${app.url}${p}`, {
            method: post ? 'POST' : 'GET',
            headers,
            body: post
              ? JSON.stringify({
                  contact_id: client!.id,
                  items: Array.from({ length: 5 }, (_, i) => ({
                    description: `Work package ${i + 1}`,
                    quantity: i + 1,
                    unit_price: '149.90',
                  })),
                })
              : undefined,
          });
        for (let i = 0; i < 20; i += 1) await (await send()).text(); // warm up
        const logStart = fs.statSync(logFile).size;
        relay.trips = [];
        relay.recording = true;
        const times: number[] = [];
        for (let i = 0; i < args.requests; i += 1) {
          const t0 = performance.now();
          const res = await send();
          await res.text();
          times.push(performance.now() - t0);
          if (res.status !== (post ? 201 : 200)) throw new Error(`${p}: ${res.status}`);
        }
        relay.recording = false;
        await new Promise((r) => setTimeout(r, 200));
        const fd = fs.openSync(logFile, 'r');
        const size = fs.statSync(logFile).size;
        const buf = Buffer.alloc(size - logStart);
        fs.readSync(fd, buf, 0, buf.length, logStart);
        fs.closeSync(fd);
        const durations = statementDurations(buf.toString('utf8'));
        const trips = relay.trips;
        const statements = trips.reduce((n, t) => n + t.statements.filter((x) => !x.startsWith('(')).length, 0);
        const waited = trips.reduce((n, t) => n + t.ms, 0);
        console.log(
          `${target}: ${round(trips.length / args.requests, 2)} round trips, ${round(statements / args.requests, 2)} statements per request; ` +
            `request p50 ${round(median(times), 2)} ms, of which waiting on the database ${round(waited / args.requests, 2)} ms (mean)`,
        );
        // one request's trips, as sent (the last request)
        const perRequest = Math.round(trips.length / args.requests);
        for (const [i, trip] of trips.slice(-perRequest).entries()) {
          const same = trips.filter((t) => t.statements.join('|') === trip.statements.join('|'));
          console.log(`  trip ${i + 1}: median ${round(median(same.map((t) => t.ms)))} ms on the wire`);
          for (const s of trip.statements) {
            const d = durations.get(s.trim());
            console.log(`    ${d === undefined ? '          ' : `${String(round(d)).padStart(7)} ms`}  ${s}`);
          }
        }
        if (args.explain) await explainRequest(admin, trips.slice(-perRequest));
        console.log('');
      }
    } finally {
      await admin.end();
      await app.stop();
      relay.server.close();
    }
  } finally {
    await pg.stop();
    removeCreatedDataDirs();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
