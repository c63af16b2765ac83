import { describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/errors';
import type { Database } from '@/lib/db';
import {
  bounded,
  COUNT_BOUND,
  formatTotal,
  type Cursor,
  decodeCursor,
  encodeCursor,
  keysetBatches,
  listPage,
  toPage,
  unfiltered,
} from './index';

describe('cursors', () => {
  it('round-trips', () => {
    const cursor = { key: '2026-11-28 01:00:00.123+00', id: '8befd03b-19cc-4621-8581-7f6637b9bb2d', total: 42 };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
  });
  it.each([
    '',
    'abc',
    Buffer.from('[1,2,3]').toString('base64url'),
    Buffer.from('["k","not-an-id",1]').toString('base64url'),
    Buffer.from('{"a":1}').toString('base64url'),
    Buffer.from('["k","8befd03b-19cc-4621-8581-7f6637b9bb2d",1,true]').toString('base64url'),
    Buffer.from('["k","8befd03b-19cc-4621-8581-7f6637b9bb2d",1,false,1]').toString('base64url'),
  ])('rejects %j as a 400', (value) => {
    expect(() => decodeCursor(value)).toThrow(ApiError);
  });
  it('cuts a limit+1 result into a page', () => {
    const rows = [1, 2, 3].map((n) => ({ id: `00000000-0000-4000-8000-00000000000${n}`, _sort: `k${n}`, n }));
    const page = toPage(rows, 2, { total: 3, exact: true });
    expect(page.data).toEqual([
      { id: rows[0]!.id, n: 1 },
      { id: rows[1]!.id, n: 2 },
    ]);
    expect(page.page).toMatchObject({ limit: 2, total: 3, total_exact: true });
    expect(decodeCursor(page.page.next_cursor!)).toEqual({ key: 'k2', id: rows[1]!.id, total: 3 });
    expect(toPage(rows, 5, { total: 3, exact: true }).page.next_cursor).toBeNull();
  });
  it('carries a bounded total in the cursor, and reads cursors made before the bound as exact', () => {
    const cursor = { key: 'k', id: '8befd03b-19cc-4621-8581-7f6637b9bb2d', total: COUNT_BOUND, exact: false };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
    const old = Buffer.from(JSON.stringify(['k', cursor.id, 7])).toString('base64url');
    expect(decodeCursor(old)).toEqual({ key: 'k', id: cursor.id, total: 7 });
    expect(encodeCursor({ ...cursor, total: 7, exact: true })).toBe(old);
  });
});

describe('totals', () => {
  it('bounds a count at COUNT_BOUND', () => {
    expect(COUNT_BOUND).toBe(1000);
    expect(bounded(0)).toEqual({ total: 0, exact: true });
    expect(bounded(1000)).toEqual({ total: 1000, exact: true });
    expect(bounded(1001)).toEqual({ total: 1000, exact: false });
  });
  it('shows a total as people read it, with a plus when it is the bound', () => {
    expect(formatTotal({ total: 7, total_exact: true })).toBe('7');
    expect(formatTotal({ total: 1234 })).toBe('1,234');
    expect(formatTotal({ total: 1000, total_exact: false })).toBe('1,000+');
  });
  it('tells an unfiltered list from a filtered one (null is a filter: "unassigned")', () => {
    expect(unfiltered({ workspaceId: 'w', q: undefined, status: undefined })).toBe(true);
    expect(unfiltered({ workspaceId: 'w', q: 'ada' })).toBe(false);
    expect(unfiltered({ workspaceId: 'w', assigneeId: null })).toBe(false);
    expect(unfiltered({ workspaceId: 'w', timeZone: 'UTC' }, ['workspaceId', 'timeZone'])).toBe(true);
  });
});

describe('listPage', () => {
  const rows = [1, 2, 3].map((n) => ({ id: `00000000-0000-4000-8000-00000000000${n}`, _sort: `k${n}`, n }));

  it('counts on the first page only, and carries the total (and whether it is exact) to the next', async () => {
    let counted = 0;
    const limits: number[] = [];
    const fetch = async (cursor: Cursor | undefined, limit: number) => {
      limits.push(limit);
      const start = cursor ? rows.findIndex((r) => r.id === cursor.id) + 1 : 0;
      return rows.slice(start, start + limit);
    };
    const count = async () => {
      counted += 1;
      return bounded(5000);
    };
    const first = await listPage({ limit: 2 }, fetch, count);
    expect(first.data.map((r) => r.n)).toEqual([1, 2]);
    expect(first.page).toMatchObject({ limit: 2, total: COUNT_BOUND, total_exact: false });
    const second = await listPage({ limit: 2, cursor: first.page.next_cursor! }, fetch, count);
    expect(second.data.map((r) => r.n)).toEqual([3]);
    expect(second.page).toEqual({ limit: 2, next_cursor: null, total: COUNT_BOUND, total_exact: false });
    expect(counted).toBe(1);
    expect(limits).toEqual([3, 3]);
  });

  it('answers an exact total as exact', async () => {
    const page = await listPage(
      { limit: 5 },
      async () => rows,
      async () => ({ total: 3, exact: true }),
    );
    expect(page.page).toEqual({ limit: 5, next_cursor: null, total: 3, total_exact: true });
  });
});

describe('keyset batches', () => {
  it('fetches every row once, batch after batch, each in its own unit of work, until a short batch', async () => {
    const all = Array.from({ length: 7 }, (_, i) => ({ id: `00000000-0000-4000-8000-00000000000${i}`, _sort: String(i), n: i }));
    const cursors: (Cursor | undefined)[] = [];
    let units = 0;
    const run = async <T>(fn: (tx: Database) => Promise<T>) => {
      units += 1;
      return fn({} as Database);
    };
    const fetch = async (_tx: Database, cursor: Cursor | undefined, limit: number) => {
      cursors.push(cursor);
      const start = cursor ? Number(cursor.key) + 1 : 0;
      return all.slice(start, start + limit);
    };
    const batches: number[][] = [];
    for await (const batch of keysetBatches(run, fetch, 3)) batches.push(batch.map((r) => (r as { n: number }).n));
    expect(batches).toEqual([[0, 1, 2], [3, 4, 5], [6]]);
    expect(units).toBe(3);
    expect(cursors.map((c) => c?.key)).toEqual([undefined, '2', '5']);
  });
});
