import { eq } from 'drizzle-orm';
import { type Database, tables } from '@/lib/db';
import { log } from '@/lib/log';
import type { Session } from './session';

export type UserRow = typeof tables.users.$inferSelect;

/**
 * The users row of the signed-in person, created on the first authenticated
 * request if Clerk's webhook has not provisioned it yet (lazy provisioning).
 * Runs inside the tenant transaction: RLS lets a session create only the row
 * for its own `sub`.
 */
export async function currentUser(
  tx: Database,
  session: Pick<Session, 'userId' | 'identity'>,
): Promise<{ user: UserRow; created: boolean }> {
  const [existing] = await tx.select().from(tables.users).where(eq(tables.users.clerk_id, session.userId)).limit(1);
  if (existing) return { user: existing, created: false };
  const [created] = await tx
    .insert(tables.users)
    .values({
      clerk_id: session.userId,
      email: session.identity.email,
      first_name: session.identity.first_name,
      last_name: session.identity.last_name,
    } as typeof tables.users.$inferInsert)
    .onConflictDoNothing({ target: tables.users.clerk_id })
    .returning();
  if (created) {
    log.info('user.provisioned', { user_id: created.id, via: 'session' });
    return { user: created, created: true };
  }
  // created by a concurrent request that committed first
  const [raced] = await tx.select().from(tables.users).where(eq(tables.users.clerk_id, session.userId)).limit(1);
  if (!raced) throw new Error('user row missing after provisioning');
  return { user: raced, created: false };
}
