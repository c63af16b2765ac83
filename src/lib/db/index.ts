import { sql } from 'drizzle-orm';
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

export async function withTenant<T>(claims: Claims, fn: (tx: Database) => Promise<T>): Promise<T> {
  const driver = await getDriver();
  const claimsJson = JSON.stringify({ ...claims, role: 'authenticated' });
  return driver.tenantTransaction(
    sql`select set_config('role', 'authenticated', true), set_config('request.jwt.claims', ${claimsJson}, true)`,
    fn,
  );
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
