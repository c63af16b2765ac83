import { eq, inArray, sql } from 'drizzle-orm';
import { type Database, tables } from '@/lib/db';
import { errors } from '@/lib/errors';
import { log } from '@/lib/log';
import { personName } from './people';
import type { Session } from './session';

export type UserRow = typeof tables.users.$inferSelect;

/*
 * The users table has two owners by design: identity (find the row of a
 * session, create it on first sign-in) lives here, because the route wrapper
 * in lib/http needs it; everything a person changes about their account
 * (business settings, reminder days, logo, the Clerk sync) lives in
 * features/users; the names of one's teammates (selectPeople) are read here
 * too. Nothing else queries the table.
 */

/** The row of a Clerk (or local) user id, if it exists and the session may see it. */
export async function findUserByClerkId(tx: Database, clerkId: string): Promise<UserRow | undefined> {
  const [row] = await tx.select().from(tables.users).where(eq(tables.users.clerk_id, clerkId)).limit(1);
  return row;
}

/**
 * The names (personName) of people by their users id (`id`) or sign-in id
 * (`clerk_id`). RLS shows the members of the request's workspace and oneself:
 * anyone else (a former member) is simply not in the map.
 */
export async function selectPeople(tx: Database, key: 'id' | 'clerk_id', values: readonly string[]): Promise<Map<string, string>> {
  const people = new Map<string, string>();
  const wanted = [...new Set(values)];
  if (wanted.length === 0) return people;
  const u = tables.users;
  const rows = await tx
    .select({ key: u[key], first_name: u.first_name, last_name: u.last_name, email: u.email })
    .from(u)
    .where(inArray(u[key], wanted));
  for (const row of rows) people.set(row.key, personName(row));
  return people;
}

/**
 * Serialises, per Clerk user, the units of work that create or delete their
 * row (lazy provisioning and the webhook), until the transaction ends: a
 * deletion and a late creation can then never interleave.
 */
export async function lockClerkUser(tx: Database, clerkId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`clerk-user:${clerkId}`}, 0))`);
}

/** True when this Clerk user's account was deleted (a tombstone exists). */
export async function isDeletedClerkUser(tx: Database, clerkId: string): Promise<boolean> {
  const [row] = await tx
    .select({ clerk_id: tables.deletedUsers.clerk_id })
    .from(tables.deletedUsers)
    .where(eq(tables.deletedUsers.clerk_id, clerkId))
    .limit(1);
  return Boolean(row);
}

/**
 * The users row of the signed-in person, created on the first authenticated
 * request if Clerk's webhook has not provisioned it yet (lazy provisioning).
 * Runs inside the tenant transaction: RLS lets a session create only the row
 * for its own `sub`. A deleted account is never re-created from a session
 * token that is still valid (401).
 */
export async function currentUser(
  tx: Database,
  session: Pick<Session, 'userId' | 'identity'>,
  /** what a new row starts with: the browser's locale (localeFromAcceptLanguage) */
  start: { locale?: string | null } = {},
): Promise<{ user: UserRow; created: boolean }> {
  const existing = await findUserByClerkId(tx, session.userId);
  if (existing) return { user: existing, created: false };
  await lockClerkUser(tx, session.userId);
  if (await isDeletedClerkUser(tx, session.userId)) {
    throw errors.unauthorized('This account has been deleted.');
  }
  const [created] = await tx
    .insert(tables.users)
    .values({
      clerk_id: session.userId,
      email: session.identity.email,
      first_name: session.identity.first_name,
      last_name: session.identity.last_name,
      ...(start.locale ? { locale: start.locale } : {}),
    } as typeof tables.users.$inferInsert)
    .onConflictDoNothing({ target: tables.users.clerk_id })
    .returning();
  if (created) {
    log.info('user.provisioned', { user_id: created.id, via: 'session' });
    return { user: created, created: true };
  }
  // created by a concurrent request that committed first
  const raced = await findUserByClerkId(tx, session.userId);
  if (!raced) throw new Error('user row missing after provisioning');
  return { user: raced, created: false };
}
