import { and, type AnyColumn, eq, type SQL, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { type Database, selectRows, type TenantRunner, tables } from '@/lib/db';
import type { CountedList } from '@/lib/db/schema';
import { ApiError } from '@/lib/errors';
import { COUNT_BOUND } from './count';

export { COUNT_BOUND, formatTotal } from './count';

/**
 * Keyset pagination shared by every list: rows are ordered by one sort
 * expression and the id, and the opaque cursor carries the last row's sort
 * key (as Postgres text, so it casts back exactly), its id, and the total of
 * the first page with whether it is exact (so that deeper pages need not count
 * again).
 *
 * The first page's total (docs/decisions/0153): an unfiltered list reads the
 * count the database keeps per workspace (`list_counts`); a filtered or
 * searched one counts at most `COUNT_BOUND + 1` rows, and beyond the bound
 * answers `total: COUNT_BOUND, total_exact: false`.
 */

/** A list's total: exact, or the bound when there are more. */
export interface Total {
  total: number;
  exact: boolean;
}

export type SortCast = 'timestamptz' | 'date' | 'text' | 'numeric' | 'integer' | 'bigint';

export interface SortSpec {
  /** A non-null SQL expression (wrap nullable columns in coalesce). */
  expr: SQL | AnyColumn;
  cast: SortCast;
  direction: 'asc' | 'desc';
}

export interface Cursor {
  key: string;
  id: string;
  total: number;
  /** false when `total` is the bound, not the count (absent in cursors made before the bound: exact) */
  exact?: boolean;
}

export interface Page {
  limit: number;
  next_cursor: string | null;
  total: number;
  total_exact: boolean;
}

export function encodeCursor(cursor: Cursor): string {
  const fields: unknown[] = [cursor.key, cursor.id, cursor.total];
  if (cursor.exact === false) fields.push(false);
  return Buffer.from(JSON.stringify(fields)).toString('base64url');
}

export function decodeCursor(value: string): Cursor {
  const invalid = () => new ApiError('validation_failed', 'The cursor is not valid.', { cursor: ['is not a valid cursor'] });
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (
    !Array.isArray(parsed) ||
    (parsed.length !== 3 && !(parsed.length === 4 && parsed[3] === false)) ||
    typeof parsed[0] !== 'string' ||
    typeof parsed[1] !== 'string' ||
    !/^[0-9a-f-]{36}$/.test(parsed[1]) ||
    typeof parsed[2] !== 'number' ||
    !Number.isSafeInteger(parsed[2]) ||
    parsed[0].length > 500
  ) {
    throw invalid();
  }
  return parsed.length === 4
    ? { key: parsed[0], id: parsed[1], total: parsed[2], exact: false }
    : { key: parsed[0], id: parsed[1], total: parsed[2] };
}

const castSql: Record<SortCast, SQL> = {
  timestamptz: sql.raw('timestamptz'),
  date: sql.raw('date'),
  text: sql.raw('text'),
  numeric: sql.raw('numeric'),
  integer: sql.raw('integer'),
  bigint: sql.raw('bigint'),
};

/** The sort key as text, selected with each row to build the next cursor. */
export function sortKey(spec: SortSpec): SQL<string> {
  return sql<string>`(${spec.expr})::text`;
}

/** `(key, id) > (cursor)` (or `<` when descending): the rows after the cursor. */
export function after(spec: SortSpec, idColumn: AnyColumn, cursor: Cursor | undefined): SQL | undefined {
  if (!cursor) return undefined;
  const op = sql.raw(spec.direction === 'asc' ? '>' : '<');
  return sql`(${spec.expr}, ${idColumn}) ${op} (${cursor.key}::${castSql[spec.cast]}, ${cursor.id}::uuid)`;
}

export function orderBy(spec: SortSpec, idColumn: AnyColumn): SQL[] {
  const dir = sql.raw(spec.direction === 'asc' ? 'asc' : 'desc');
  return [sql`${spec.expr} ${dir}`, sql`${idColumn} ${dir}`];
}

/**
 * Cuts a result fetched with `limit + 1` rows into the page and its cursor.
 * Rows carry `_sort` (the sort key text), which is removed.
 */
export function toPage<T extends { id: string; _sort: string }>(
  rows: T[],
  limit: number,
  count: Total,
): { data: Omit<T, '_sort'>[]; page: Page } {
  const hasMore = rows.length > limit;
  const pageRows = hasMore ? rows.slice(0, limit) : rows;
  const last = pageRows[pageRows.length - 1];
  const data = pageRows.map(({ _sort: _ignored, ...rest }) => rest);
  const { total, exact } = count;
  return {
    data,
    page: {
      limit,
      next_cursor: hasMore && last ? encodeCursor({ key: last._sort, id: last.id, total, exact }) : null,
      total,
      total_exact: exact,
    },
  };
}

/** A count taken over at most `COUNT_BOUND + 1` rows, as a total. */
export function bounded(n: number): Total {
  return n > COUNT_BOUND ? { total: COUNT_BOUND, exact: false } : { total: n, exact: true };
}

/**
 * Counts the rows of `from` (a table, or a from-item such as a join or a
 * subquery with its alias) that match `where`, up to `COUNT_BOUND + 1`:
 * `select count(*) from (select 1 from … where … limit 1001)`. A search
 * matching half a million rows costs what 1 001 cost. `distinct`: count the
 * distinct values of that column instead (e.g. the audit's change groups).
 * Every list's first page sends it without waiting, beside its page query
 * (listPage), so the two leave in one round trip.
 */
export async function boundedCount(
  tx: Database,
  from: PgTable | SQL,
  where: SQL | undefined,
  options: { distinct?: AnyColumn } = {},
): Promise<Total> {
  const selected = options.distinct ? sql`distinct ${options.distinct}` : sql`1`;
  const [row] = await selectRows<{ n: number }>(
    tx,
    sql`select count(*)::int as n from (select ${selected} from ${from} where ${where ?? sql`true`} limit ${sql.raw(String(COUNT_BOUND + 1))}) as bounded`,
  );
  return bounded(Number(row?.n ?? 0));
}

/** An exact count (the list is small by nature, or its count is kept by the database). */
export function exactly(n: number): Total {
  return { total: n, exact: true };
}

/** The number of rows of an unfiltered list, as the database keeps it (no row yet: none). */
export async function keptCount(tx: Database, workspaceId: string, list: CountedList): Promise<Total> {
  const k = tables.listCounts;
  const [row] = await tx
    .select({ n: k.n })
    .from(k)
    .where(and(eq(k.workspace_id, workspaceId), eq(k.list, list)))
    .limit(1);
  return exactly(Number(row?.n ?? 0));
}

/** True when none of a list's filters is set (the keys in `scope` say which list, they filter nothing). */
export function unfiltered(filters: object, scope: readonly string[] = ['workspaceId']): boolean {
  return Object.entries(filters).every(([key, value]) => scope.includes(key) || value === undefined);
}

/**
 * One page of a list: the rows after the cursor (`fetch` is given `limit + 1`,
 * so that one more row tells whether there is a next page), and the total —
 * on the first page from `count`, on deeper pages from the cursor.
 */
export async function listPage<T extends { id: string; _sort: string }>(
  query: { limit: number; cursor?: string | undefined },
  fetch: (cursor: Cursor | undefined, limit: number) => Promise<T[]>,
  count: () => Promise<Total>,
): Promise<{ data: Omit<T, '_sort'>[]; page: Page }> {
  const cursor = query.cursor ? decodeCursor(query.cursor) : undefined;
  const [rows, total] = await Promise.all([
    fetch(cursor, query.limit + 1),
    cursor ? Promise.resolve({ total: cursor.total, exact: cursor.exact !== false }) : count(),
  ]);
  return toPage(rows, query.limit, total);
}

/**
 * Every row of a keyset-ordered query, in batches (CSV export): `fetch` is the
 * list query itself (same filters and sort), given the cursor after the last
 * row and a batch size. Each batch runs in its own tenant transaction.
 */
export async function* keysetBatches<T extends { id: string; _sort: string }>(
  run: TenantRunner,
  fetch: (tx: Database, cursor: Cursor | undefined, limit: number) => Promise<T[]>,
  batchSize = 1000,
): AsyncGenerator<Omit<T, '_sort'>[]> {
  let cursor: Cursor | undefined;
  for (;;) {
    const rows = await run((tx) => fetch(tx, cursor, batchSize));
    if (rows.length === 0) return;
    const last = rows[rows.length - 1]!;
    cursor = { key: last._sort, id: last.id, total: 0 };
    yield rows.map(({ _sort: _ignored, ...row }) => row);
    if (rows.length < batchSize) return;
  }
}
