import { eq, sql } from 'drizzle-orm';
import type { UserRow } from '@/lib/auth/user';
import { type Database, tables } from '@/lib/db';
import type { UserSettingsUpdate } from './schema';

/**
 * Queries on the users row. Each takes the tenant transaction first; RLS lets
 * a session read and write only the row whose clerk_id is its own `sub`, and
 * every query names that row explicitly.
 */

const u = tables.users;

export async function updateSettingsRow(tx: Database, userId: string, input: UserSettingsUpdate): Promise<UserRow | undefined> {
  const [row] = await tx.update(u).set(input).where(eq(u.id, userId)).returning();
  return row;
}

export interface ClerkUserValues {
  clerk_id: string;
  email: string | null;
  first_name: string | null;
  last_name: string | null;
  image_url: string | null;
  clerk_updated_at: Date;
}

/**
 * Inserts the row of a Clerk user, or updates its identity fields, but only
 * with newer data: a delivery whose `updated_at` is not later than the one
 * applied last changes nothing (replays and deliveries out of order). A row
 * created by lazy provisioning (no `clerk_updated_at` yet) always takes the
 * webhook's data. Business settings are never touched.
 */
export async function upsertClerkUser(
  tx: Database,
  values: ClerkUserValues,
): Promise<{ id: string; inserted: boolean } | undefined> {
  const [row] = await tx
    .insert(u)
    .values(values as typeof u.$inferInsert)
    .onConflictDoUpdate({
      target: u.clerk_id,
      set: {
        email: sql`excluded.email`,
        first_name: sql`excluded.first_name`,
        last_name: sql`excluded.last_name`,
        image_url: sql`excluded.image_url`,
        clerk_updated_at: sql`excluded.clerk_updated_at`,
      },
      setWhere: sql`${u.clerk_updated_at} is null or ${u.clerk_updated_at} < excluded.clerk_updated_at`,
    })
    .returning({ id: u.id, inserted: sql<boolean>`(xmax = 0)` });
  return row;
}

/** Deletes the row of a Clerk user; everything of the account goes with it (on delete cascade). */
export async function deleteClerkUserRow(tx: Database, clerkId: string): Promise<string | undefined> {
  const [row] = await tx.delete(u).where(eq(u.clerk_id, clerkId)).returning({ id: u.id });
  return row?.id;
}

/** Remembers that this Clerk user was deleted (idempotent). */
export async function insertTombstone(tx: Database, clerkId: string): Promise<void> {
  await tx.insert(tables.deletedUsers).values({ clerk_id: clerkId }).onConflictDoNothing();
}
