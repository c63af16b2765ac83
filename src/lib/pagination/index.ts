import { type AnyColumn, type SQL, sql } from 'drizzle-orm';
import type { Database, TenantRunner } from '@/lib/db';
import { ApiError } from '@/lib/errors';

/**
 * Keyset pagination shared by every list: rows are ordered by one sort
 * expression and the id, and the opaque cursor carries the last row's sort
 * key (as Postgres text, so it casts back exactly), its id, and the total of
 * the first page (so that deeper pages need not count again).
 */

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
}

export interface Page {
  limit: number;
  next_cursor: string | null;
  total: number;
}

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.key, cursor.id, cursor.total])).toString('base64url');
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
    parsed.length !== 3 ||
    typeof parsed[0] !== 'string' ||
    typeof parsed[1] !== 'string' ||
    !/^[0-9a-f-]{36}$/.test(parsed[1]) ||
    typeof parsed[2] !== 'number' ||
    !Number.isSafeInteger(parsed[2]) ||
    parsed[0].length > 500
  ) {
    throw invalid();
  }
  return { key: parsed[0], id: parsed[1], total: parsed[2] };
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
  total: number,
): { data: Omit<T, '_sort'>[]; page: Page } {
  const hasMore = rows.length > limit;
  const pageRows = hasMore ? rows.slice(0, limit) : rows;
  const last = pageRows[pageRows.length - 1];
  const data = pageRows.map(({ _sort: _ignored, ...rest }) => rest);
  return {
    data,
    page: {
      limit,
      next_cursor: hasMore && last ? encodeCursor({ key: last._sort, id: last.id, total }) : null,
      total,
    },
  };
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
