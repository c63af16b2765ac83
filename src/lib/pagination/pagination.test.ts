import { describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/errors';
import { decodeCursor, encodeCursor, toPage } from './index';

describe('cursors', () => {
  it('round-trips', () => {
    const cursor = { key: '2026-11-28 01:00:00.123+00', id: '8befd03b-19cc-4621-8581-7f6637b9bb2d', total: 42 };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
  });
  it.each(['', 'abc', Buffer.from('[1,2,3]').toString('base64url'), Buffer.from('["k","not-an-id",1]').toString('base64url'), Buffer.from('{"a":1}').toString('base64url')])(
    'rejects %j as a 400',
    (value) => {
      expect(() => decodeCursor(value)).toThrow(ApiError);
    },
  );
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
