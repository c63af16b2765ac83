import { sql } from 'drizzle-orm';
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
