import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createDatabase } from '../helpers/database';

/**
 * The unit of work on a real PostgreSQL server, connected as a role that can
 * only act through RLS: BEGIN, the claims and the first query are pipelined,
 * yet the query always runs as `authenticated` with its own claims; nothing
 * leaks to the pooled connection afterwards; a throw rolls everything back.
 */

let db: typeof import('../../src/lib/db');

beforeAll(async () => {
  const created = await createDatabase(inject('pgAdminUrl'), 'tenant');
  process.env.DATABASE_URL = created.appUrl;
  process.env.DATABASE_POOL_SIZE = '4';
  process.env.LOG_LEVEL = 'silent';
  const { resetEnvForTests } = await import('../../src/lib/env');
  resetEnvForTests();
  db = await import('../../src/lib/db');
});

afterAll(async () => {
  await db.closeDriver();
});

type Row = Record<string, unknown>;
const rows = (result: unknown) => result as Row[];

describe('withTenant on PostgreSQL', () => {
  it('runs the first query of the unit of work as authenticated with its claims', async () => {
    const result = await db.withTenant({ sub: 'user_pipe' }, async (tx) =>
      rows(await tx.execute(sql`select current_setting('role') as role, auth.jwt() ->> 'sub' as sub, session_user as login`)),
    );
    expect(result[0]).toMatchObject({ role: 'authenticated', sub: 'user_pipe', login: 'ledgerly_app' });
  });

  it('keeps concurrent units of work apart on the pool', async () => {
    const subs = Array.from({ length: 60 }, (_, i) => `user_parallel_${i}`);
    const seen = await Promise.all(
      subs.map((sub) => db.withTenant({ sub }, async (tx) => rows(await tx.execute(sql`select auth.jwt() ->> 'sub' as sub`))[0]!.sub)),
    );
    expect(seen).toEqual(subs);
  });

  it('leaves no role or claims on the pooled connection afterwards', async () => {
    await db.withTenant({ sub: 'user_leak' }, async (tx) => tx.execute(sql`select 1`));
    const driver = await db.getDriver();
    for (let i = 0; i < 8; i += 1) {
      const [row] = rows(
        await driver.db.execute(sql`select current_setting('role') as role, current_setting('request.jwt.claims', true) as claims`),
      );
      expect(row!.role).toBe('none');
      expect(row!.claims ?? '').toBe('');
    }
  });

  it('rolls the whole unit of work back when it throws', async () => {
    await expect(
      db.withTenant({ sub: 'user_rollback' }, async (tx) => {
        await tx.execute(sql`insert into users (clerk_id) values ('user_rollback')`);
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    const left = await db.withTenant({ sub: 'user_rollback' }, async (tx) =>
      rows(await tx.execute(sql`select count(*)::int as n from users`)),
    );
    expect(left[0]!.n).toBe(0);
  });

  it('cannot read a table outside a tenant transaction (the app role has no grants)', async () => {
    const driver = await db.getDriver();
    const error = await driver.db.execute(sql`select * from contacts`).then(
      () => null,
      (e: { cause?: { code?: string; message?: string } }) => e.cause,
    );
    expect(error).toMatchObject({ code: '42501', message: expect.stringMatching(/permission denied/) });
  });
});

/**
 * On the tenant connection, parameters travel as literals (src/lib/db/literal.ts,
 * docs/decisions/0170): every value must come back exactly as sent, whatever it
 * holds, and statements sent together must still run in order, in one transaction.
 */
describe('parameters as literals on the tenant connection', () => {
  const awkward = [
    "O'Brien",
    "'); drop table contacts; --",
    "back\\slash \\x00 \\' and E'\\\\'",
    '$1 $$ $tag$ /* -- */ "quoted"',
    'naïve 東京 🎉',
    '',
    ' leading and trailing ',
    'line\nbreak\ttab\r',
  ];

  it('returns every string exactly as sent, through text, jsonb and a table', async () => {
    const result = await db.withTenant({ sub: 'user_literals' }, async (tx) => {
      const out: Row[] = [];
      for (const value of awkward) {
        const [row] = rows(
          await tx.execute(
            sql`select ${value}::text as text, ${JSON.stringify({ v: value })}::jsonb ->> 'v' as json, ${value} = ${value} as same`,
          ),
        );
        out.push(row!);
      }
      return out;
    });
    expect(result.map((r) => r.text)).toEqual(awkward);
    expect(result.map((r) => r.json)).toEqual(awkward);
    expect(result.every((r) => r.same === true)).toBe(true);
  });

  it('returns any string without a NUL exactly as sent, and a comparison with it finds only itself (random strings)', async () => {
    // every Unicode code point but NUL, with the characters that matter to SQL's lexer made likely
    const risky = fc.constantFrom("'", '\\', '"', '$', '-', '/', '*', ';', 'E', '\n', ' ', '$1', '$$', "''", "\\'");
    const value = fc
      .array(fc.oneof(risky, fc.string({ unit: 'grapheme', maxLength: 4 })), { maxLength: 12 })
      .map((parts) => parts.join('').replace(/\0/g, ''));
    const samples = fc.sample(value, { numRuns: 300, seed: 20261207 });
    const result = await db.withTenant({ sub: 'user_literals_random' }, async (tx) =>
      Promise.all(
        samples.map(async (v) => {
          const [row] = rows(await tx.execute(sql`select ${v}::text as text, ${v} = ${`${v}x`} as other, length(${v}) as len`));
          return row!;
        }),
      ),
    );
    expect(result.map((r) => r.text)).toEqual(samples);
    expect(result.every((r) => r.other === false)).toBe(true);
    expect(result.map((r) => Number(r.len))).toEqual(samples.map((v) => [...v].length));
  });

  it('types numbers, booleans and null by their context, as parameters were', async () => {
    const [row] = await db.withTenant({ sub: 'user_literals' }, async (tx) =>
      rows(
        await tx.execute(
          sql`select ${1250.5}::numeric::text as amount, ${50} + 1 as next, pg_typeof(${7} + 1)::text as type, ${true} and ${false} as both, ${null}::text is null as empty, ${'2026-12-07'}::date + 1 as day`,
        ),
      ),
    );
    expect(row).toMatchObject({ amount: '1250.5', next: 51, type: 'integer', both: false, empty: true });
    expect(String(row!.day)).toMatch(/^2026-12-08/);
  });

  it('refuses a NUL in a string as PostgreSQL does, never as a statement cut short', async () => {
    const error = await db
      .withTenant({ sub: 'user_literals' }, async (tx) => tx.execute(sql`select ${'a\0b'}::text as t, 1 as one`))
      .then(
        () => null,
        (e: { cause?: { code?: string } }) => e.cause,
      );
    // sent as a parameter (a literal would end the statement's text at the NUL): invalid byte sequence
    expect(error).toMatchObject({ code: '22021' });
  });

  it('runs statements sent together in order, and a failure rolls all of them back', async () => {
    const [a, b, c] = await db.withTenant({ sub: 'user_pipelined' }, async (tx) =>
      Promise.all([
        tx.execute(sql`select ${'first'}::text as v, current_setting('role') as role`),
        tx.execute(sql`select ${'second'}::text as v, auth.jwt() ->> 'sub' as sub`),
        tx.execute(sql`select ${'third'}::text as v, current_setting('statement_timeout') as timeout`),
      ]),
    );
    expect(rows(a)[0]).toMatchObject({ v: 'first', role: 'authenticated' });
    expect(rows(b)[0]).toMatchObject({ v: 'second', sub: 'user_pipelined' });
    expect(rows(c)[0]!.timeout).not.toBe('0');
    await expect(
      db.withTenant({ sub: 'user_pipelined_fail' }, async (tx) =>
        Promise.all([
          tx.execute(sql`insert into users (clerk_id) values (${'user_pipelined_fail'})`),
          tx.execute(sql`select ${'x'}::uuid`),
          tx.execute(sql`insert into users (clerk_id) values (${'user_pipelined_fail_2'})`),
        ]),
      ),
    ).rejects.toThrow();
    const left = await db.withTenant({ sub: 'user_pipelined_fail' }, async (tx) =>
      rows(await tx.execute(sql`select count(*)::int as n from users`)),
    );
    expect(left[0]!.n).toBe(0);
  });
});
