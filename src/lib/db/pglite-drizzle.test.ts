import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/pglite';
import { PglitePreparedQuery } from 'drizzle-orm/pglite/session';
import { date, integer, interval, jsonb, numeric, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPglite, type PgliteClient } from './pglite';
import { clientForDrizzle, TEXT_TYPES, withoutTextParsers } from './pglite-drizzle';

/** Drizzle on the client for Drizzle reads every type as Drizzle on the plain client does, and its statements carry no parsers. */

const things = pgTable('things', {
  id: integer('id').primaryKey(),
  at: timestamp('at', { withTimezone: true }),
  at_string: timestamp('at_string', { withTimezone: true, mode: 'string' }),
  local: timestamp('local'),
  day: date('day'),
  day_date: date('day_date', { mode: 'date' }),
  span: interval('span'),
  amount: numeric('amount', { precision: 12, scale: 2 }),
  tags: text('tags').array(),
  data: jsonb('data'),
});

const CREATE = `create table things (
  id int primary key, at timestamptz, at_string timestamptz, local timestamp, day date, day_date date,
  span interval, amount numeric(12, 2), tags text[], data jsonb)`;
const INSERT = `insert into things values
  (1, '2026-12-07 23:30:00.123+01', '2026-12-07 23:30:00.123+01', '2026-12-07 10:00', '2026-02-28', '2026-02-28',
   '1 day 02:03:04', '1234.50', '{a,"b c"}', '{"n": 1.10, "s": "x"}'),
  (2, null, null, null, null, null, null, null, null, null)`;
/** A raw statement through Drizzle: its arrays and timestamps as the database's text (Drizzle's parsers for raw results). */
const RAW = sql`select '2026-12-07'::date as today, array['2026-01-01'::date, '2026-01-02'::date] as days,
  array['2026-12-07 10:00+00'::timestamptz, '2026-12-08 11:00+02'::timestamptz] as stamps, '2026-12-07 10:00'::timestamp as local, array[1.5, 2.25]::numeric[] as amounts, interval '3 hours' as span, 7::int8 as big,
  array[1, 2]::int[] as ints, true as yes`;

let plain: PgliteClient;
let fast: PgliteClient;
const seen: unknown[] = [];

beforeAll(async () => {
  [plain, fast] = await Promise.all([openPglite('memory://'), openPglite('memory://')]);
  for (const client of [plain, fast]) {
    await client.exec(CREATE);
    await client.exec(INSERT);
  }
  // what reaches the client's own query, inside transactions too
  type Options = Parameters<PgliteClient['query']>[2];
  const query = fast.query.bind(fast);
  fast.query = ((text: string, params?: unknown[], options?: Options) => {
    seen.push(options?.parsers);
    return query(text, params, options);
  }) as PgliteClient['query'];
  const transaction = fast.transaction.bind(fast);
  fast.transaction = ((fn: (tx: Parameters<Parameters<PgliteClient['transaction']>[0]>[0]) => Promise<unknown>) =>
    transaction((tx) => {
      const inner = tx.query.bind(tx);
      tx.query = ((text: string, params?: unknown[], options?: Options) => {
        seen.push(options?.parsers);
        return inner(text, params, options);
      }) as typeof tx.query;
      return fn(tx);
    })) as PgliteClient['transaction'];
}, 60_000);

afterAll(async () => {
  await Promise.all([plain?.close(), fast?.close()]);
});

describe('clientForDrizzle', () => {
  it('reads every column and raw result as Drizzle on the plain client does, in and out of a transaction', async () => {
    const before = drizzle({ client: plain });
    const after = drizzle({ client: clientForDrizzle(fast) });
    const read = async (db: typeof before) => ({
      rows: await db.select().from(things).orderBy(things.id),
      raw: (await db.execute(RAW)).rows,
      inTransaction: await db.transaction(async (tx) => ({
        rows: await tx.select().from(things).orderBy(things.id),
        raw: (await tx.execute(RAW)).rows,
        nested: await tx.transaction(async (inner) => inner.select({ at: things.at, day: things.day }).from(things)),
      })),
    });
    const expected = await read(before);
    seen.length = 0;
    const got = await read(after);
    expect(got).toEqual(expected);
    // the values are what Drizzle promises: a Date for a timestamp column, text for a date and an interval
    expect(got.rows[0]!.at).toEqual(new Date('2026-12-07T22:30:00.123Z'));
    expect(got.rows[0]).toMatchObject({ day: '2026-02-28', span: '1 day 02:03:04', amount: '1234.50', tags: ['a', 'b c'] });
    expect(got.rows[0]!.day_date).toEqual(new Date('2026-02-28T00:00:00.000Z'));
    expect(got.raw[0]).toMatchObject({ today: '2026-12-07', local: '2026-12-07 10:00:00', span: '03:00:00' });
    expect(got.raw[0]).toMatchObject({ days: '{2026-01-01,2026-01-02}', ints: [1, 2], yes: true });
    // and no statement brought its own parsers
    expect(seen.length).toBeGreaterThan(5);
    expect(seen.filter((parsers) => parsers !== undefined)).toEqual([]);
  });

  it('is used for every statement Drizzle prepares: its parsers are only the text readers', () => {
    const query = new PglitePreparedQuery(
      {} as never,
      'select 1',
      [],
      undefined as never,
      undefined as never,
      undefined,
      undefined,
      undefined,
      undefined,
      false,
    );
    // Drizzle's own options for each statement (private members: what its driver passes to the client's query)
    const { queryConfig, rawQueryConfig } = query as unknown as Record<
      'queryConfig' | 'rawQueryConfig',
      NonNullable<Parameters<PgliteClient['query']>[2]>
    >;
    for (const options of [queryConfig, rawQueryConfig]) {
      expect(
        Object.keys(options.parsers ?? {})
          .map(Number)
          .sort(),
      ).toEqual([...TEXT_TYPES].sort());
      expect(withoutTextParsers(options)).toEqual({ rowMode: options.rowMode });
    }
  });

  it('passes on any other parsers as given', () => {
    const own = { parsers: { 1114: (value: string) => new Date(value) }, rowMode: 'array' as const };
    expect(withoutTextParsers(own)).toBe(own);
    const other = { parsers: { 25: (value: string) => value } };
    expect(withoutTextParsers(other)).toBe(other);
    expect(withoutTextParsers(undefined)).toBeUndefined();
    expect(withoutTextParsers({ rowMode: 'object' as const })).toEqual({ rowMode: 'object' });
  });
});
