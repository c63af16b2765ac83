import { type AnyColumn, type SQL, type SQLWrapper, sql } from 'drizzle-orm';
import { env } from '@/lib/env';
import { COUNT_BOUND } from '@/lib/pagination/count';
import { type Database, getDriver } from './client';

/**
 * The one data path: every unit of work runs in a transaction that first
 * switches to the `authenticated` role and sets the request's JWT claims,
 * locally to that transaction, so that Row Level Security decides which rows
 * exist. Features receive only the transaction (`tx`), never the pool: a query
 * on the outer connection from inside a tenant transaction would bypass RLS.
 */

export type { Database };
export { closeDriver, getDriver } from './client';
export * as tables from './schema';

/** The claims Postgres sees as `auth.jwt()`; `sub` is the Clerk user id. */
export interface Claims {
  sub: string;
  [claim: string]: unknown;
}

/** Runs a unit of work in a new tenant transaction of the current user. */
export type TenantRunner = <T>(fn: (tx: Database) => Promise<T>) => Promise<T>;

/**
 * Every statement of a unit of work is bounded (DATABASE_STATEMENT_TIMEOUT_MS,
 * set locally in the same setup statement as the role and claims): a slow
 * query gives its pooled connection back instead of starving every tenant.
 * It fails with SQLSTATE 57014, answered as a 503 (src/lib/errors).
 */
function statementTimeout(): string {
  return `${env().DATABASE_STATEMENT_TIMEOUT_MS}ms`;
}

export async function withTenant<T>(claims: Claims, fn: (tx: Database) => Promise<T>): Promise<T> {
  const driver = await getDriver();
  const claimsJson = JSON.stringify({ ...claims, role: 'authenticated' });
  return driver.tenantTransaction(
    sql`select set_config('role', 'authenticated', true), set_config('request.jwt.claims', ${claimsJson}, true), set_config('statement_timeout', ${statementTimeout()}, true)`,
    fn,
  );
}

/**
 * A tenant transaction already in workspace `workspaceId` (chosen earlier in
 * the request by app.use_workspace): the database still checks, on every
 * statement, that the session's user is a member of it (app.workspace_id()).
 */
export async function withWorkspace<T>(claims: Claims, workspaceId: string, fn: (tx: Database) => Promise<T>): Promise<T> {
  const driver = await getDriver();
  const claimsJson = JSON.stringify({ ...claims, role: 'authenticated' });
  return driver.tenantTransaction(
    sql`select set_config('role', 'authenticated', true), set_config('request.jwt.claims', ${claimsJson}, true), set_config('request.workspace_id', ${workspaceId}, true), set_config('statement_timeout', ${statementTimeout()}, true)`,
    fn,
  );
}

/**
 * Scheduled work without a user session (the reminder run): a transaction as
 * the `ledgerly_system` role, which can do nothing but execute the functions
 * granted to it (e.g. `app.reminder_accounts()`, which returns Clerk user ids).
 * Each account found is then processed in its own `withTenant` transaction.
 */
export async function withSystem<T>(fn: (tx: Database) => Promise<T>): Promise<T> {
  const driver = await getDriver();
  return driver.db.transaction(async (tx) => {
    await tx.execute(
      sql`select set_config('role', 'ledgerly_system', true), set_config('request.jwt.claims', '', true), set_config('statement_timeout', ${statementTimeout()}, true)`,
    );
    return fn(tx as unknown as Database);
  });
}

/**
 * Sign-in work without a session (local accounts): a transaction as the
 * `ledgerly_auth` role, which may read and write the `app_auth` tables
 * (accounts, sessions, reset links) and nothing else: no tenant row.
 */
export async function withAuthStore<T>(fn: (tx: Database) => Promise<T>): Promise<T> {
  const driver = await getDriver();
  return driver.db.transaction(async (tx) => {
    await tx.execute(
      sql`select set_config('role', 'ledgerly_auth', true), set_config('request.jwt.claims', '', true), set_config('statement_timeout', ${statementTimeout()}, true)`,
    );
    return fn(tx as unknown as Database);
  });
}

/**
 * A `like` pattern that finds `q` anywhere, case-insensitively against a
 * lower-cased column, with `%`, `_` and `\` in `q` matched literally.
 */
export function likePattern(q: string): string {
  return `%${q.toLowerCase().replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
}

/**
 * The plain condition of a search, `column like likePattern(q)`, for a term too
 * frequent for the ids (docs/decisions/0177-frequent-search-terms.md). The
 * pattern goes in as a one-row subquery, which the planner cannot look into, so
 * it estimates the `like` at its default share of the rows (0.5 %). Given the
 * pattern itself, under RLS (where a non-leakproof operator may not read the
 * column's statistics) it guesses from the pattern's length alone: a handful of
 * rows for a word such as "hosting", and then scans and sorts every match instead
 * of walking the sort's index to the first page. Same operator, same rows.
 */
export function plainLike(column: SQLWrapper, q: string): SQL {
  return sql`${column} like (select ${likePattern(q)}::text)`;
}

/**
 * The lists whose `q` is answered by `app.search_ids` (docs/decisions/0156-searches-under-rls.md), and the contacts'
 * `position` filter (`contacts_position`, 0229), which reads the job title instead of the `search` column.
 */
export type SearchList = 'contacts' | 'contacts_position' | 'tasks' | 'transactions' | 'invoices';

/** The list whose row count (`list_counts`) a search's share is measured against. */
const COUNTED_AS: Partial<Record<SearchList, string>> = { contacts_position: 'contacts' };

/**
 * The most ids a search hands to its list query. A term matching more rows
 * than this is frequent: the list then filters with the plain `like`, whose
 * scan is as cheap as any index for it (and stops at the first page).
 */
export const SEARCH_ID_LIMIT = 5000;

/**
 * How a frequent term is recognised before the trigram probe (docs/decisions/0177-frequent-search-terms.md):
 * at least SEARCH_SAMPLE_HITS matches among the workspace's newest SEARCH_SAMPLE rows of the
 * list, in its default order. The plain `like` then finds a first page within about
 * SEARCH_SAMPLE rows and its bounded count within about 20 × SEARCH_SAMPLE, while the
 * probe would read every match. The ledger is sampled (`app.search_frequent`). The contacts
 * are not: measured at full scale over HTTP, a contact term near the threshold (5 % of the
 * list) paid the sample, the window and then the probe (31.6 ms p50 against 26.3 ms probed
 * directly), and a contact list is too small for the probe's bitmap to cost what the
 * ledger's does; `app.search_frequent` still accepts `contacts`.
 */
export const SEARCH_SAMPLE = 1000;
export const SEARCH_SAMPLE_HITS = 50;
/**
 * A term the sample finds frequent is asked a second time over the workspace's newest
 * SEARCH_WINDOW rows, with the bound of the list's count as threshold: only when
 * SEARCH_WINDOW_HITS of them match does it take the plain `like`, whose page and bounded
 * count then stop within that window. A term dense among the newest rows but with fewer
 * matches there (a supplier added last month) is probed: its count would otherwise read
 * the whole list to learn it is under the bound, where the probe's bitmap is small.
 */
export const SEARCH_WINDOW = 20000;
export const SEARCH_WINDOW_HITS = COUNT_BOUND + 1;
const SAMPLED_LISTS: ReadonlySet<SearchList> = new Set(['transactions']);

/**
 * Which plan a search takes: `auto` (the default) samples, then probes a term the
 * sample did not find frequent; `ids` always probes (the plan before ADR 0177);
 * `like` always uses the plain condition. The results are the same rows, in the
 * same order, with the same counts whichever plan runs: the tests that compare
 * the plans set the other two (tests/integration/search-plans.test.ts).
 */
export type SearchPlan = 'auto' | 'ids' | 'like';
let searchPlan: SearchPlan = 'auto';
export function setSearchPlan(plan: SearchPlan): void {
  searchPlan = plan;
}

/** One search per transaction, list and text: a page and its count share it. */
const searches = new WeakMap<object, Map<string, Promise<string | null>>>();

/**
 * The rows of the session's workspace whose searched text contains `q` — the
 * same `like` on the same text as the plain condition, case-insensitive, with
 * `%`, `_` and `\` literal — found through the trigram indexes by
 * `app.search_ids`, which takes no workspace and derives it from the session
 * as the read policies do. Returns `id = any(…)` for the list query, which
 * keeps its other filters, sort, cursor and count under RLS; or null when the
 * term is frequent (the caller then uses its plain condition, which stops at
 * the first page): either `app.search_frequent` found it dense among the
 * list's newest rows and past the count's bound within a window of them,
 * before any probe (ADR 0177), or the probe found more
 * rows than a tenth of the list (500 to SEARCH_ID_LIMIT).
 * `digits`: a contact search's phone digits (contacts' phoneDigits).
 */
export async function searchIds(tx: Database, id: AnyColumn, list: SearchList, q: string, digits?: string | null): Promise<SQL | null> {
  if (searchPlan === 'like') return null;
  let byTx = searches.get(tx);
  if (!byTx) {
    byTx = new Map();
    searches.set(tx, byTx);
  }
  const key = JSON.stringify([searchPlan, list, q, digits ?? null]);
  let found = byTx.get(key);
  if (!found) {
    const pattern = likePattern(q);
    // the ids pay off while they are a small share of the list: at most a tenth of its rows (list_counts), 500 to SEARCH_ID_LIMIT
    const probe = sql`(with lim as (
            select least(${SEARCH_ID_LIMIT}::int, greatest(500, coalesce(
                     (select (c.n / 10)::int from public.list_counts c where c.workspace_id = (select app.workspace_id()) and c.list = ${COUNTED_AS[list] ?? list}::text),
                     ${SEARCH_ID_LIMIT}::int))) as n)
          select case when count(id) > (select n from lim) then null else coalesce(string_agg(id::text, ','), '') end
            from lim cross join lateral app.search_ids(${list}::text, ${pattern}::text, ${digits ? `%${digits}%` : null}::text, lim.n + 1) as id)`;
    // a frequent term skips the probe: the CASE evaluates its conditions in order and runs the probe only in the branch taken —
    // rare in the sample: probed; frequent in the sample and past the count's bound within the window: plain like; else probed
    const sampled = SAMPLED_LISTS.has(list) && searchPlan === 'auto' && !digits;
    found = selectRows<{ ids: string | null }>(
      tx,
      sampled
        ? sql`select case when not app.search_frequent(${list}::text, ${pattern}::text, ${SEARCH_SAMPLE}::int, ${SEARCH_SAMPLE_HITS}::int)
                  then ${probe}
                when app.search_frequent(${list}::text, ${pattern}::text, ${SEARCH_WINDOW}::int, ${SEARCH_WINDOW_HITS}::int)
                  then null
                else ${probe} end as ids`
        : sql`select ${probe} as ids`,
    ).then(([row]) => row?.ids ?? null);
    byTx.set(key, found);
  }
  const ids = await found;
  if (ids === null) return null;
  return ids === '' ? sql`false` : sql`${id} = any(${`{${ids}}`}::uuid[])`;
}

/**
 * Takes a transaction-level advisory lock on (`scope`, `key`) without waiting:
 * true when this transaction now holds it (until it ends), false when another
 * transaction — on any server process — holds it. Works on PGlite too (where
 * transactions run one at a time, so it is always free).
 */
export async function tryAdvisoryLock(tx: Database, scope: string, key: string): Promise<boolean> {
  const [row] = await selectRows<{ locked: boolean }>(
    tx,
    sql`select pg_try_advisory_xact_lock(hashtext(${scope}::text), hashtext(${key}::text)) as locked`,
  );
  return row?.locked === true;
}

/** One `select 1` (the health check). */
export async function ping(): Promise<void> {
  const driver = await getDriver();
  await driver.ping();
}

let savepointSeq = 0;

/**
 * Runs `fn` inside a savepoint of the current tenant transaction: if it
 * throws, what it wrote is rolled back and the transaction stays usable (the
 * error is rethrown). Works on both drivers (a tenant transaction on
 * PostgreSQL is a plain connection inside BEGIN, so Drizzle's nested
 * `transaction()` must not be used there).
 */
export async function savepoint<T>(tx: Database, fn: (tx: Database) => Promise<T>): Promise<T> {
  savepointSeq = (savepointSeq + 1) % 1_000_000;
  const name = sql.raw(`sp_${savepointSeq}`);
  await tx.execute(sql`savepoint ${name}`);
  try {
    const result = await fn(tx);
    await tx.execute(sql`release savepoint ${name}`);
    return result;
  } catch (error) {
    await tx.execute(sql`rollback to savepoint ${name}`);
    throw error;
  }
}

/**
 * Runs a hand-written statement (one the query builder cannot express, e.g.
 * a UNION of differently shaped tables) and returns its rows, the same on both
 * drivers. Cast int8 to int and numeric to text in the SQL: drivers differ there.
 */
export async function selectRows<T extends Record<string, unknown>>(tx: Database, query: SQL): Promise<T[]> {
  const result = (await tx.execute(query)) as unknown;
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}
