import { createHash, randomBytes } from 'node:crypto';
import { type SQL, sql } from 'drizzle-orm';
import { type Database, selectRows, withAuthStore } from '@/lib/db';
import { evictSession, evictUser } from './verified-cache';

/**
 * The one module that reads and writes the `app_auth` tables (local accounts,
 * their sessions and password reset links), always in an auth-store
 * transaction (role `ledgerly_auth`, which can reach nothing else).
 */

export interface AccountRow {
  clerk_id: string;
  email: string;
  password_hash: string;
  password_changed_at: string;
}

export interface SessionRow {
  id: string;
  created_at: string;
  expires_at: string;
  revoked_at: string | null;
  user_agent: string | null;
  ip: string | null;
}

async function findAccount(where: SQL): Promise<AccountRow | null> {
  const [row] = await withAuthStore((tx) =>
    selectRows<AccountRow & Record<string, unknown>>(
      tx,
      sql`select clerk_id, email, password_hash, password_changed_at::text from app_auth.accounts where ${where}`,
    ),
  );
  return row ?? null;
}

export const findAccountByEmail = (email: string) => findAccount(sql`email = ${email}`);
export const findAccountById = (clerkId: string) => findAccount(sql`clerk_id = ${clerkId}`);

async function anyAccount(tx: Database): Promise<boolean> {
  return (await selectRows<{ one: number }>(tx, sql`select 1 as one from app_auth.accounts limit 1`)).length > 0;
}

export type CreateAccountResult = 'created' | 'closed' | 'exists';

/**
 * Creates an account unless sign-up is closed (`open` false and an account
 * exists already: the first account is always allowed) or the email is taken.
 * Serialized by a lock so that two first sign-ups cannot both succeed.
 */
export async function createAccount(
  account: { clerk_id: string; email: string; password_hash: string },
  open: boolean,
  /** sha-256 of an invitation token: a pending invitation for this email opens a closed sign-up */
  invitationHash?: string,
): Promise<CreateAccountResult> {
  return withAuthStore(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(7344019301)`);
    if (!open && (await anyAccount(tx)) && !(invitationHash && (await invitedHere(tx, invitationHash, account.email)))) return 'closed';
    const inserted = await selectRows<{ clerk_id: string }>(
      tx,
      sql`insert into app_auth.accounts (clerk_id, email, password_hash)
          values (${account.clerk_id}, ${account.email}, ${account.password_hash})
          on conflict do nothing returning clerk_id`,
    );
    return inserted.length > 0 ? 'created' : 'exists';
  });
}

async function invitedHere(tx: Database, tokenHash: string, email: string): Promise<boolean> {
  const [row] = await selectRows<{ open: boolean }>(tx, sql`select app.invitation_open_for(${tokenHash}, ${email}) as open`);
  return row?.open === true;
}

/** True while no local account exists (the first sign-up is always open). */
export async function hasNoAccounts(): Promise<boolean> {
  return !(await withAuthStore(anyAccount));
}

export async function createSession(session: {
  id: string;
  clerk_id: string;
  expires_at: Date;
  user_agent: string | null;
  ip: string | null;
}): Promise<void> {
  await withAuthStore((tx) =>
    tx.execute(sql`insert into app_auth.sessions (id, clerk_id, expires_at, user_agent, ip)
      values (${session.id}, ${session.clerk_id}, ${session.expires_at.toISOString()}, ${session.user_agent}, ${session.ip})`),
  );
  remember(session.id, { clerkId: session.clerk_id, active: true, checked: Date.now() });
}

// ---------------------------------------------------------------------------
// Session checks: every request of a local-accounts session asks whether its
// session is still active. The answer is kept for a few seconds per process
// (on globalThis: the proxy's bundle and the routes' share it); a revocation
// made by this process takes effect at once (here and in the verified-token
// cache, ./verified-cache.ts), one made by another process within
// SESSION_CHECK_TTL_MS (docs/decisions/0080 and 0150).
// ---------------------------------------------------------------------------

export const SESSION_CHECK_TTL_MS = 5_000;
const SESSION_CACHE_MAX = 10_000;

interface SessionCheck {
  clerkId: string;
  active: boolean;
  checked: number;
}

const SESSION_CHECKS = Symbol.for('ledgerly.auth.session-checks');

function sessionCache(): Map<string, SessionCheck> {
  const holder = globalThis as typeof globalThis & { [SESSION_CHECKS]?: Map<string, SessionCheck> };
  holder[SESSION_CHECKS] ??= new Map();
  return holder[SESSION_CHECKS];
}

function remember(sessionId: string, check: SessionCheck): void {
  const cache = sessionCache();
  cache.delete(sessionId);
  // the oldest answer out first (insertion order)
  if (cache.size >= SESSION_CACHE_MAX) cache.delete(cache.keys().next().value!);
  cache.set(sessionId, check);
}

/** This session has ended: refused at once by this process, its verified tokens forgotten. */
function ended(sessionId: string, clerkId: string): void {
  remember(sessionId, { clerkId, active: false, checked: Date.now() });
  evictSession(sessionId);
}

/** Forgets what this process knows about a user's sessions and tokens (account deleted, removed from a workspace). */
export function forgetUserSessions(clerkId: string): void {
  for (const [id, check] of sessionCache()) if (check.clerkId === clerkId) sessionCache().delete(id);
  evictUser(clerkId);
}

/** The session exists for this user, is not revoked and has not expired. */
export async function isSessionActive(sessionId: string, clerkId: string): Promise<boolean> {
  const cached = sessionCache().get(sessionId);
  // an answer is about one session of one user: another user's claim to the same id is asked anew
  if (cached && cached.clerkId === clerkId && Date.now() - cached.checked < SESSION_CHECK_TTL_MS) return cached.active;
  const rows = await withAuthStore((tx) =>
    selectRows<{ one: number }>(
      tx,
      sql`select 1 as one from app_auth.sessions
          where id = ${sessionId} and clerk_id = ${clerkId} and revoked_at is null and expires_at > now()`,
    ),
  );
  const active = rows.length > 0;
  // an inactive answer for another user's id is not remembered: it must not end that user's session here
  if (active || !cached || cached.clerkId === clerkId) remember(sessionId, { clerkId, active, checked: Date.now() });
  return active;
}

export async function listSessions(clerkId: string): Promise<SessionRow[]> {
  return withAuthStore((tx) =>
    selectRows<SessionRow & Record<string, unknown>>(
      tx,
      sql`select id, created_at::text, expires_at::text, revoked_at::text, user_agent, ip from app_auth.sessions
          where clerk_id = ${clerkId} and revoked_at is null and expires_at > now()
          order by created_at desc limit 100`,
    ),
  );
}

/** Revokes one session of this user; false when there is no such active session. */
export async function revokeSession(clerkId: string, sessionId: string): Promise<boolean> {
  const rows = await withAuthStore((tx) =>
    selectRows<{ id: string }>(
      tx,
      sql`update app_auth.sessions set revoked_at = now()
          where id = ${sessionId} and clerk_id = ${clerkId} and revoked_at is null returning id`,
    ),
  );
  // only a session this user really ended: another user's id must not end it here either
  for (const { id } of rows) ended(id, clerkId);
  return rows.length > 0;
}

/** Revokes every session of this user except `keep` (null: all of them). */
async function revokeAllSessions(tx: Database, clerkId: string, keep: string | null): Promise<string[]> {
  const rows = await selectRows<{ id: string }>(
    tx,
    sql`update app_auth.sessions set revoked_at = now()
        where clerk_id = ${clerkId} and revoked_at is null and id is distinct from ${keep} returning id`,
  );
  for (const { id } of rows) ended(id, clerkId);
  return rows.map((r) => r.id);
}

/** Sets a new password hash and signs every other session out, in one transaction. */
export async function setPassword(clerkId: string, passwordHash: string, keepSession: string | null): Promise<number> {
  return withAuthStore(async (tx) => {
    await tx.execute(sql`update app_auth.accounts set password_hash = ${passwordHash}, password_changed_at = now()
      where clerk_id = ${clerkId}`);
    return (await revokeAllSessions(tx, clerkId, keepSession)).length;
  });
}

export const RESET_TTL_MINUTES = 60;

const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

/** A new single-use reset token for this account (only its hash is stored). */
export async function createPasswordReset(clerkId: string): Promise<{ token: string; expires_at: Date }> {
  const token = randomBytes(32).toString('base64url');
  const expires = new Date(Date.now() + RESET_TTL_MINUTES * 60_000);
  await withAuthStore((tx) =>
    tx.execute(sql`insert into app_auth.password_resets (token_hash, clerk_id, expires_at)
      values (${tokenHash(token)}, ${clerkId}, ${expires.toISOString()})`),
  );
  return { token, expires_at: expires };
}

/**
 * Uses a reset token once: sets the new password, marks the token (and every
 * other open token of the account) used and signs every session out. Null when
 * the token is unknown, used or expired.
 */
export async function resetPassword(token: string, passwordHash: string): Promise<{ clerk_id: string; email: string } | null> {
  if (!/^[\w-]{20,100}$/.test(token)) return null;
  return withAuthStore(async (tx) => {
    const [used] = await selectRows<{ clerk_id: string }>(
      tx,
      sql`update app_auth.password_resets set used_at = now()
          where token_hash = ${tokenHash(token)} and used_at is null and expires_at > now() returning clerk_id`,
    );
    if (!used) return null;
    await tx.execute(sql`update app_auth.password_resets set used_at = now()
      where clerk_id = ${used.clerk_id} and used_at is null`);
    const [account] = await selectRows<{ clerk_id: string; email: string }>(
      tx,
      sql`update app_auth.accounts set password_hash = ${passwordHash}, password_changed_at = now()
          where clerk_id = ${used.clerk_id} returning clerk_id, email`,
    );
    await revokeAllSessions(tx, used.clerk_id, null);
    return account ?? null;
  });
}
