import { describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/errors';
import type { Database } from '@/lib/db';
import { type Cursor, decodeCursor, encodeCursor, keysetBatches, toPage } from './index';

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
  ])('rejects %j as a 400', (value) => {
    expect(() => decodeCursor(value)).toThrow(ApiError);
  });
  it('cuts a limit+1 result into a page', () => {
    const rows = [1, 2, 3].map((n) => ({ id: `00000000-0000-4000-8000-00000000000${n}`, _sort: `k${n}`, n }));
    const page = toPage(rows, 2, 3);
    expect(page.data).toEqual([
      { id: rows[0]!.id, n: 1 },
      { id: rows[1]!.id, n: 2 },
    ]);
    expect(decodeCursor(page.page.next_cursor!)).toEqual({ key: 'k2', id: rows[1]!.id, total: 3 });
    expect(toPage(rows, 5, 3).page.next_cursor).toBeNull();
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
