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
